/**
 * Territory of a place for network filters: French department from the INSEE code of a gazetteer
 * id (`fr:<INSEE>`; overseas codes are 3 digits, Corsica 2A/2B), and its region. Regions are those
 * of 1 January 2016 (loi NOTRe), with INSEE region codes (Code officiel géographique).
 */
const REGIONS: Record<string, { name: string; departments: string[] }> = {
	'84': {
		name: 'Auvergne-Rhône-Alpes',
		departments: ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74']
	},
	'27': { name: 'Bourgogne-Franche-Comté', departments: ['21', '25', '39', '58', '70', '71', '89', '90'] },
	'53': { name: 'Bretagne', departments: ['22', '29', '35', '56'] },
	'24': { name: 'Centre-Val de Loire', departments: ['18', '28', '36', '37', '41', '45'] },
	'94': { name: 'Corse', departments: ['2A', '2B'] },
	'44': { name: 'Grand Est', departments: ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'] },
	'32': { name: 'Hauts-de-France', departments: ['02', '59', '60', '62', '80'] },
	'11': { name: 'Île-de-France', departments: ['75', '77', '78', '91', '92', '93', '94', '95'] },
	'28': { name: 'Normandie', departments: ['14', '27', '50', '61', '76'] },
	'75': {
		name: 'Nouvelle-Aquitaine',
		departments: ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87']
	},
	'76': {
		name: 'Occitanie',
		departments: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82']
	},
	'52': { name: 'Pays de la Loire', departments: ['44', '49', '53', '72', '85'] },
	'93': { name: 'Provence-Alpes-Côte d’Azur', departments: ['04', '05', '06', '13', '83', '84'] },
	'01': { name: 'Guadeloupe', departments: ['971'] },
	'02': { name: 'Martinique', departments: ['972'] },
	'03': { name: 'Guyane', departments: ['973'] },
	'04': { name: 'La Réunion', departments: ['974'] },
	'06': { name: 'Mayotte', departments: ['976'] }
};

const REGION_OF = new Map<string, string>();
for (const [code, r] of Object.entries(REGIONS)) for (const d of r.departments) REGION_OF.set(d, code);

export function regionName(code: string): string {
	return REGIONS[code]?.name ?? code;
}

export function regionCodes(): string[] {
	return Object.keys(REGIONS).sort((a, b) => regionName(a).localeCompare(regionName(b), 'fr'));
}

/** Department code of a gazetteer id, or null outside France. */
export function departmentOf(placeId: string): string | null {
	const m = /^fr:(\d[0-9AB]\d{3})$/.exec(placeId);
	if (!m) return null;
	const insee = m[1];
	return insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
}

export function regionOf(placeId: string): string | null {
	const d = departmentOf(placeId);
	return d ? (REGION_OF.get(d) ?? null) : null;
}

export type TourScope = 'regional' | 'national' | 'international';

/**
 * Regional: every venue in the home base's region; national: every venue in France;
 * international: at least one venue abroad. A home base abroad makes every tour international.
 */
export function tourScope(
	home: { id: string; country: string },
	venues: { id: string; country: string }[]
): TourScope {
	if (home.country !== 'FR' || venues.some((v) => v.country !== 'FR')) return 'international';
	const region = regionOf(home.id);
	return region !== null && venues.every((v) => regionOf(v.id) === region) ? 'regional' : 'national';
}
