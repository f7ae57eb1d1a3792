/**
 * Small naming helpers shared by the store and the UI: country names in the user's language and
 * the department of an INSEE code.
 */

const countryNames = new Map<string, string>();

/** Country name in a locale, through Intl.DisplayNames (built into Node and browsers); the code if unavailable. */
export function countryName(cc: string, locale = 'fr'): string {
	const key = `${locale}|${cc}`;
	let name = countryNames.get(key);
	if (name === undefined) {
		try {
			name = new Intl.DisplayNames([locale], { type: 'region' }).of(cc) ?? cc;
		} catch {
			name = cc;
		}
		countryNames.set(key, name);
	}
	return name;
}

/** Department of an INSEE commune code: two characters ("42", "2A"), three overseas ("974"). */
export function departmentOfInsee(code: string): string {
	return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}
