/**
 * Shapes of an audience import as they cross the wire: the user's settings (mapping form, and the
 * JSON the parse worker sends), and the body of one upload request of the browser's block-by-block
 * upload. Sizes are capped so that a request cannot make the server hold more than a file would.
 */
import { z } from 'zod';
import { AUDIENCE_MODES } from '../engine/types';
import { COLUMN_ROLES, DISTANCE_KINDS, FILE_COUNTRIES, IMPORT_KINDS } from '../audience/types';
import { MAX_CELL } from '../audience/staged';

const Header = z.string().min(1).max(MAX_CELL);

export const ImportKindSchema = z.enum(IMPORT_KINDS);

export const ColumnMappingSchema = z.partialRecord(z.enum(COLUMN_ROLES), Header);

export const LabelChoiceSchema = z.enum([...AUDIENCE_MODES, 'ignore']);

/** ISO 3166 alpha-2, one of the countries the mapping step offers (src/lib/audience/geocode.ts). */
export const DefaultCountrySchema = z.enum(FILE_COUNTRIES);

export const ImportSettingsSchema = z
	.object({
		kind: ImportKindSchema,
		columns: ColumnMappingSchema,
		labels: z.record(z.string().max(MAX_CELL), LabelChoiceSchema),
		distanceKind: z.enum(DISTANCE_KINDS),
		defaultCountry: DefaultCountrySchema.optional(),
		seasonWide: z.boolean().optional()
	})
	.strict();

/** What an organisation remembers per kind (audience_mappings.mapping). */
export const SavedMappingSchema = z.object({
	columns: ColumnMappingSchema,
	labels: z.record(z.string().max(MAX_CELL), LabelChoiceSchema),
	distanceKind: z.enum(DISTANCE_KINDS),
	defaultCountry: DefaultCountrySchema.optional()
});
export type SavedMapping = z.infer<typeof SavedMappingSchema>;

export const DateIds = z.array(z.string().min(1).max(64)).min(1).max(500);

export const DroppedColumnSchema = z.object({
	header: z.string().max(MAX_CELL),
	reason: z.enum(['name', 'email', 'phone', 'address', 'birth', 'freeText']),
	byContent: z.boolean(),
	keepable: z.boolean()
});

/** The first request of an upload describes the file; the blocks follow. */
export const DraftStart = z
	.object({
		kind: ImportKindSchema,
		dateIds: DateIds,
		fileName: z.string().min(1).max(255),
		encoding: z.enum(['utf-8', 'utf-8-bom', 'windows-1252']),
		delimiter: z.enum([';', ',', '\t']),
		columns: z.array(Header).min(1).max(7),
		dropped: z.array(DroppedColumnSchema).max(500),
		/** proposed for dropping and kept by the user */
		kept: z.array(DroppedColumnSchema).max(7).optional(),
		scrubbed: z.number().int().min(0),
		rowsRead: z.number().int().min(0).max(2_000_000),
		blocks: z.number().int().min(1).max(400),
		settings: ImportSettingsSchema,
		/** a few values per kept column, for the mapping step */
		samples: z.record(Header, z.array(z.string().max(MAX_CELL)).max(5))
	})
	.strict();
export type DraftStart = z.infer<typeof DraftStart>;

export const StagedBlockSchema = z.object({
	lines: z.array(z.number().int().min(0)).max(60_000),
	cols: z
		.array(
			z.object({
				dict: z.array(z.string().max(MAX_CELL)).max(60_000),
				idx: z.array(z.number().int().min(0)).max(60_000)
			})
		)
		.max(7)
});

export const UploadBody = z.union([
	z.object({ start: DraftStart, seq: z.literal(0), block: StagedBlockSchema }).strict(),
	z.object({ draftId: z.uuid(), seq: z.number().int().min(1).max(399), block: StagedBlockSchema }).strict()
]);
export type UploadBody = z.infer<typeof UploadBody>;

/**
 * The settings form of the draft page: target (`target` = date ids, comma-separated), kind,
 * `col_<role>` selects, `distanceKind`, and the label review as parallel fields `labelKey`,
 * `labelChoice` and `labelAuto` (a label key may contain any character; `labelAuto` is the
 * table's own unambiguous answer, not stored as a choice when the user kept it). An empty choice
 * is "not decided". `reviewed` lists every label the form showed, so a choice taken back is
 * forgotten. `defaultCountry` (France when absent) and the `seasonWide` checkbox complete it.
 */
export function settingsFromForm(
	form: FormData
): { settings: z.infer<typeof ImportSettingsSchema>; dateIds: string[]; reviewed: string[] } | null {
	const columns: Record<string, string> = {};
	for (const role of COLUMN_ROLES) {
		const v = String(form.get(`col_${role}`) ?? '');
		if (v) columns[role] = v;
	}
	const keys = form.getAll('labelKey').map(String);
	const choices = form.getAll('labelChoice').map(String);
	const auto = form.getAll('labelAuto').map(String);
	const labels: Record<string, string> = {};
	keys.forEach((k, i) => {
		if (choices[i] && choices[i] !== auto[i]) labels[k] = choices[i];
	});
	const country = String(form.get('defaultCountry') ?? '');
	const parsed = ImportSettingsSchema.safeParse({
		kind: String(form.get('kind') ?? ''),
		columns,
		labels,
		distanceKind: String(form.get('distanceKind') ?? '') || 'one-way',
		...(country && country !== 'FR' ? { defaultCountry: country } : {}),
		...(form.get('seasonWide') === 'on' ? { seasonWide: true } : {})
	});
	const dateIds = DateIds.safeParse(
		String(form.get('target') ?? '')
			.split(',')
			.filter(Boolean)
	);
	if (!parsed.success || !dateIds.success) return null;
	return { settings: parsed.data, dateIds: dateIds.data, reviewed: keys };
}
