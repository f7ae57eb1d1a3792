/**
 * Privacy filter: an import keeps only what the calculation needs (origin, mode, party size,
 * count). Columns that hold personal data are dropped before anything is stored — in the
 * browser, before upload, when JavaScript runs — and the page says which ones and why.
 *
 * A column is judged by what it holds, its header only pointing where to look:
 *   - e-mails and phone numbers are recognised by their content (CONTENT_SHARE of the non-empty
 *     values of a sample, and at least MIN_CONTENT_HITS of them), whatever the header says;
 *   - long free text (answers of several words, most of them different) by its content too;
 *   - names, street addresses and birth dates cannot be told by content reliably: a header naming
 *     them (« Nom », « Adresse », « Date de naissance ») proposes the column for dropping…
 *   - …unless its values are plainly not personal: mostly transport-mode labels, numbers or
 *     postcodes (STRUCTURED_SHARE). So « Comment êtes-vous venu ? » full of « Voiture » stays,
 *     and so does a « Nom » column that turns out to hold « Covoiturage ».
 * The user can keep any dropped column but one whose content is e-mails or phone numbers
 * (`keepable`); kept or not, any cell that looks like an e-mail or a phone number is blanked
 * (scrubCell).
 */
import { normalizeName } from '../geo/normalize';
import { labelKey, labelLanguage, suggestMode } from './labels';

export type PrivacyReason = 'name' | 'email' | 'phone' | 'address' | 'birth' | 'freeText';

export interface DroppedColumn {
	header: string;
	reason: PrivacyReason;
	/** true when the values, not the header, gave it away */
	byContent: boolean;
	/** the user may keep it (everything but e-mails and phone numbers found in the values) */
	keepable: boolean;
}

/** Share of sampled non-empty values that must look like contacts for a column to be dropped. */
export const CONTENT_SHARE = 0.3;
/** …and at least this many of them. */
export const MIN_CONTENT_HITS = 2;
/** Values sampled per column for the content test. */
export const SAMPLE_SIZE = 500;
/**
 * Free text: an answer of at least FREE_TEXT_WORDS words or FREE_TEXT_CHARS characters. The
 * longest mode labels and commune names people write (« Transports en commun puis à pied »,
 * « Saint-Rémy-en-Bouzemont-Saint-Genest-et-Isson ») stay under both.
 */
export const FREE_TEXT_WORDS = 7;
export const FREE_TEXT_CHARS = 60;
/** Share of long answers that makes a column free text (a comment column is mostly empty or short). */
export const FREE_TEXT_SHARE = 0.2;
/** Share of mode labels, numbers or postcodes that shows a column is not personal, whatever its header. */
export const STRUCTURED_SHARE = 0.6;

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
			// not « comment »: it is the French « how » of « Comment êtes-vous venu ? »
			'commentaire',
			'commentaires',
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

const NUMBERISH = /^[+-]?\d[\d\s.,\u00a0]*(?:km|kms|pers|personnes?|billets?)?\.?$/i;

function isLongText(v: string): boolean {
	if (v.length >= FREE_TEXT_CHARS) return true;
	let words = 1;
	for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) === 32) words++;
	return words >= FREE_TEXT_WORDS;
}

/**
 * Columns to drop, by content first, then by header unless the content says otherwise.
 * `sample(j)` yields the values of column j (the caller decides how many; SAMPLE_SIZE is plenty).
 */
export function detectPersonalColumns(
	headers: string[],
	sample: (j: number) => Iterable<string>
): DroppedColumn[] {
	const dropped: DroppedColumn[] = [];
	headers.forEach((header, j) => {
		const values: string[] = [];
		for (const v of sample(j)) {
			if (v === '') continue;
			values.push(v);
			if (values.length >= SAMPLE_SIZE) break;
		}
		const seen = values.length;
		let email = 0;
		let phone = 0;
		let long = 0;
		for (const v of values) {
			const p = personalValue(v);
			if (p === 'email') email++;
			else if (p === 'phone') phone++;
			else if (isLongText(v)) long++;
		}
		// one stray contact in a column is blanked by scrubCell, not a reason to drop the column
		if (seen > 0 && email >= MIN_CONTENT_HITS && email / seen >= CONTENT_SHARE) {
			dropped.push({ header, reason: 'email', byContent: true, keepable: false });
			return;
		}
		if (seen > 0 && phone >= MIN_CONTENT_HITS && phone / seen >= CONTENT_SHARE) {
			dropped.push({ header, reason: 'phone', byContent: true, keepable: false });
			return;
		}
		// mostly short mode labels (or numbers) show a column is not about a person, whatever its
		// header or its few long answers (« Autre : en voiture avec des amis… »)
		const lang = seen > 0 ? labelLanguage(values.map(labelKey)) : null;
		let modes = 0;
		let numbers = 0;
		for (const v of values) {
			if (isLongText(v)) continue;
			if (NUMBERISH.test(v)) numbers++;
			else if (suggestMode(labelKey(v), lang).choice !== null) modes++;
		}
		const modeShare = seen > 0 ? modes / seen : 0;
		const plainShare = seen > 0 ? (modes + numbers) / seen : 0;
		const distinct = new Set(values).size;
		if (long >= MIN_CONTENT_HITS && long / seen >= FREE_TEXT_SHARE && distinct >= MIN_CONTENT_HITS) {
			if (plainShare < STRUCTURED_SHARE)
				dropped.push({ header, reason: 'freeText', byContent: true, keepable: true });
			return;
		}
		const byHeader = personalHeader(header);
		if (!byHeader) return;
		// numbers clear a « name » or « comment » header, never a contact, address or birth one
		// (a phone whose 0 Excel ate, a birth year)
		const clears = byHeader === 'name' || byHeader === 'freeText' ? plainShare : modeShare;
		if (clears >= STRUCTURED_SHARE) return;
		dropped.push({ header, reason: byHeader, byContent: false, keepable: true });
	});
	return dropped;
}
