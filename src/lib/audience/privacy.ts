/**
 * Privacy filter: an import keeps only what the calculation needs (origin, mode, party size,
 * count). Columns that look like personal data are dropped before anything is stored — in the
 * browser, before upload, when JavaScript runs — and the page says which ones and why.
 *
 * A column is dropped when its header names a person, a contact or free text (name, first name,
 * e-mail, phone, street address, birth date, comments), or when enough of its values look like
 * e-mail addresses or phone numbers (CONTENT_SHARE of the non-empty values of a sample, and at
 * least MIN_CONTENT_HITS of them). Contact words are checked first (« Email acheteur » is an
 * e-mail). Any cell of a kept column that looks like an e-mail or a phone number is blanked too
 * (scrubCell).
 * Names cannot be recognised by their content reliably; they are caught by header only.
 */
import { normalizeName } from '../geo/normalize';

export type PrivacyReason = 'name' | 'email' | 'phone' | 'address' | 'birth' | 'freeText';

export interface DroppedColumn {
	header: string;
	reason: PrivacyReason;
	/** true when the values, not the header, gave it away */
	byContent: boolean;
}

/** Share of sampled non-empty values that must look like contacts for a column to be dropped. */
export const CONTENT_SHARE = 0.3;
/** …and at least this many of them. */
export const MIN_CONTENT_HITS = 2;
/** Values sampled per column for the content test. */
export const SAMPLE_SIZE = 500;

const HEADER_WORDS: [PrivacyReason, string[]][] = [
	['email', ['email', 'mail', 'courriel', 'emails', 'mel', 'adressemail', 'adresseemail', 'emailaddress']],
	['phone', ['telephone', 'tel', 'phone', 'mobile', 'portable', 'gsm', 'cellphone', 'fax', 'tph']],
	[
		'name',
		[
			'nom',
			'noms',
			'prenom',
			'prenoms',
			'name',
			'names',
			'firstname',
			'lastname',
			'surname',
			'fullname',
			'forename',
			'civilite',
			'nomprenom',
			'nomcomplet',
			'patronyme',
			'spectateur',
			'acheteur',
			'client',
			'contact',
			'titulaire',
			'buyer',
			'customer',
			'attendee'
		]
	],
	[
		'address',
		[
			'adresse',
			'address',
			'rue',
			'street',
			'voie',
			'adresse1',
			'adresse2',
			'address1',
			'address2',
			'complementadresse'
		]
	],
	['birth', ['naissance', 'datedenaissance', 'birth', 'birthdate', 'birthday', 'dob', 'ddn']],
	[
		'freeText',
		[
			'commentaire',
			'commentaires',
			'comment',
			'comments',
			'remarque',
			'remarques',
			'observation',
			'observations',
			'message',
			'notes',
			'note',
			'suggestion',
			'suggestions',
			'precisez',
			'verbatim'
		]
	]
];

/**
 * Words that make a header about a place, a show or a count, never a person: « Nom de la
 * commune », « Ville de l'acheteur », « Code postal client », « Nombre de billets ».
 */
const NOT_PERSONAL = new Set([
	'commune',
	'ville',
	'city',
	'town',
	'pays',
	'country',
	'salle',
	'venue',
	'lieu',
	'spectacle',
	'show',
	'event',
	'evenement',
	'manifestation',
	'tarif',
	'categorie',
	'category',
	'seance',
	'representation',
	'postal',
	'postcode',
	'cp',
	'zip',
	'code',
	'mode',
	'transport',
	'distance',
	'billets',
	'billet',
	'tickets',
	'ticket',
	'nombre',
	'nb',
	'quantite',
	'domicile',
	'residence',
	'origine',
	'provenance',
	'departement',
	'region',
	'localite',
	'insee',
	'personnes',
	'people',
	'voiture',
	'covoiturage',
	'party',
	'group',
	'groupe'
]);

function words(header: string): string[] {
	return normalizeName(header).split(' ').filter(Boolean);
}

/** The reason a header names personal data, or null. */
export function personalHeader(header: string): PrivacyReason | null {
	const ws = words(header);
	if (ws.length === 0) return null;
	const joined = ws.join('');
	const contact = (r: PrivacyReason) => r === 'email' || r === 'phone';
	for (const [reason, list] of HEADER_WORDS) {
		const hit = list.some((w) => ws.includes(w) || joined === w);
		if (!hit) continue;
		// contacts are always personal; a "name" or an "address" may be a place's or a show's
		if (contact(reason) || !ws.some((w) => NOT_PERSONAL.has(w))) return reason;
	}
	return null;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i;
// French numbers (0X XX XX XX XX, +33 X…, 0033 X…) and international ones written with a "+".
const PHONE_FR = /^(?:\+33|0033|0)[1-9]\d{8}$/;
const PHONE_INTL = /^(?:\+|00)[1-9]\d{7,14}$/;

export function looksLikeEmail(v: string): boolean {
	return v.includes('@') && EMAIL.test(v.trim());
}

export function looksLikePhone(v: string): boolean {
	if (v.length < 9) return false;
	const compact = v.replace(/[\s.\-()/\u00a0]/g, '');
	if (compact.length < 9 || compact.length > 17) return false;
	return PHONE_FR.test(compact) || PHONE_INTL.test(compact);
}

/** Reason a value looks like contact data, or null. Cheap for ordinary cells. */
export function personalValue(v: string): 'email' | 'phone' | null {
	if (v.includes('@')) return looksLikeEmail(v) ? 'email' : null;
	return looksLikePhone(v) ? 'phone' : null;
}

/** The cell, or '' when it looks like an e-mail or a phone number. */
export function scrubCell(v: string): string {
	return personalValue(v) ? '' : v;
}

/**
 * Columns to drop, by header then by a sample of values. `sample(j)` yields the values of column
 * j (the caller decides how many; SAMPLE_SIZE is plenty).
 */
export function detectPersonalColumns(
	headers: string[],
	sample: (j: number) => Iterable<string>
): DroppedColumn[] {
	const dropped: DroppedColumn[] = [];
	headers.forEach((header, j) => {
		const byHeader = personalHeader(header);
		if (byHeader) {
			dropped.push({ header, reason: byHeader, byContent: false });
			return;
		}
		let seen = 0;
		let email = 0;
		let phone = 0;
		for (const v of sample(j)) {
			if (v === '') continue;
			seen++;
			const p = personalValue(v);
			if (p === 'email') email++;
			else if (p === 'phone') phone++;
			if (seen >= SAMPLE_SIZE) break;
		}
		// one stray contact in a column is blanked by scrubCell, not a reason to drop the column
		if (seen === 0) return;
		if (email >= MIN_CONTENT_HITS && email / seen >= CONTENT_SHARE)
			dropped.push({ header, reason: 'email', byContent: true });
		else if (phone >= MIN_CONTENT_HITS && phone / seen >= CONTENT_SHARE)
			dropped.push({ header, reason: 'phone', byContent: true });
	});
	return dropped;
}
