/**
 * Shapes of an audience data import (spectator survey or ticketing export), from the raw CSV table
 * to the aggregated distribution the engine reads (AudienceBin[]). Pure: no I/O, usable in the
 * browser (parse worker) and on the server (analysis, save).
 *
 * Vocabulary: a *row* is one CSV record (a survey response, or one ticketing order); its *weight* is
 * the number of spectators it stands for (1 for a survey response unless a count column says more,
 * the number of tickets for a ticketing order).
 */
import type { AudienceMode } from '../engine/types';

export const IMPORT_KINDS = ['survey', 'ticketing'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What a CSV column can mean to the import. Everything else is left out. */
export const COLUMN_ROLES = ['postcode', 'commune', 'country', 'mode', 'party', 'distance', 'count'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** role → header of the column that holds it (as written in the file) */
export type ColumnMapping = Partial<Record<ColumnRole, string>>;

/** A reviewed mode label: an engine mode, or "ignore" (its rows are rejected, with that reason). */
export type LabelChoice = AudienceMode | 'ignore';

export const DISTANCE_KINDS = ['one-way', 'round-trip'] as const;
export type DistanceKind = (typeof DISTANCE_KINDS)[number];

/**
 * Countries a file may be set to (the mapping step's « pays par défaut »): France and its
 * neighbours, where a venue's audience crosses a border.
 */
export const FILE_COUNTRIES = ['FR', 'BE', 'CH', 'LU', 'DE', 'IT', 'ES', 'MC', 'AD'] as const;
export type FileCountry = (typeof FILE_COUNTRIES)[number];

/** Everything the user decides about one file; what an organisation's mapping remembers. */
export interface ImportSettings {
	kind: ImportKind;
	columns: ColumnMapping;
	/** normalised label key (see labelKey) → choice; overrides the built-in label table */
	labels: Record<string, LabelChoice>;
	/** how a distance column is to be read */
	distanceKind: DistanceKind;
	/**
	 * ISO 3166 alpha-2 country of the rows whose country cell is empty (or without a country
	 * column); absent = France. Chosen in the mapping step (a venue near a border).
	 */
	defaultCountry?: FileCountry;
	/**
	 * The user confirmed the file covers more than the chosen dates (a whole season's survey):
	 * more respondents than spectators is then expected, and the save is allowed.
	 */
	seasonWide?: boolean;
}

/** A parsed CSV kept column by column (compact, and what the staged blocks store). */
export interface RawTable {
	headers: string[];
	/** 1-based line number of each row in the file (header = line 1) */
	lines: number[];
	/** columns[j][i]: cell of row i under headers[j], trimmed */
	columns: string[][];
}

export const REJECT_REASONS = [
	'origin.missing',
	'origin.unknownPostcode',
	'origin.unknownPlace',
	'origin.unknownCountry',
	'origin.postcodeAbroad',
	'origin.mismatch',
	'origin.tooFar',
	'mode.missing',
	'mode.unreviewed',
	'mode.ignored',
	'mode.implausible',
	'party.invalid',
	'distance.invalid',
	'count.invalid'
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** A row kept, with something the user should know about it (its line is listed). */
export const FLAG_REASONS = ['party.unreadable'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export interface Flag {
	line: number;
	reason: FlagReason;
	value: string;
}

export interface Rejection {
	line: number;
	reason: RejectReason;
	/** the cell at fault, as written (empty when the cell was empty) */
	value: string;
}

/** One usable row, reduced to what the calculation needs. */
export interface ImportRecord {
	line: number;
	/** null for a ticketing row: its modes come from the date's modal shares */
	mode: AudienceMode | null;
	/** one-way travelled km from the origin: by road and by rail (declared distance: both equal) */
	roadKm: number;
	railKm: number;
	/** true when the respondent gave the distance */
	declared: boolean;
	/** people travelling together (car occupancy), when known */
	party: number | null;
	weight: number;
	/** the origin was placed at the centre of a postcode shared by several communes */
	approx: boolean;
}

export type { AudienceMode };
