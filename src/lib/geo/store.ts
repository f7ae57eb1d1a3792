/**
 * Column store of the gazetteer's ~100,000 places. Rows from the JSON assets are kept as parallel
 * arrays (typed arrays for numbers, the parsed strings as they are) and a Place object is only built
 * when a place is returned. Building 100k objects with labels up front tripled the start-up time
 * and held about 40 MB more heap than these columns do.
 */
import { countryName, departmentOfInsee } from './labels';
import type { FrAsset, Place, PlaceKind, PlaceSource, WorldAsset } from './types';

/** Asset `src` codes → PlaceSource (see meta.format.src in fr-communes.json). */
export const SOURCES: readonly PlaceSource[] = [
	'geonames',
	'postcode',
	'department',
	'quartiers',
	'manual',
	'laposte',
	'former-commune'
];
/** Sources that are the place's own point (not an estimate). */
const OWN_POINT = new Set([SOURCES.indexOf('geonames'), SOURCES.indexOf('laposte')]);
const KINDS: readonly PlaceKind[] = ['commune', 'arrondissement', 'city'];

/** GeoNames country codes of the overseas departments and collectivities (department → ISO2). */
export const TERRITORIES: Record<string, string> = {
	'971': 'GP',
	'972': 'MQ',
	'973': 'GF',
	'974': 'RE',
	'975': 'PM',
	'976': 'YT',
	'977': 'BL',
	'978': 'MF',
	'984': 'TF',
	'986': 'WF',
	'987': 'PF',
	'988': 'NC',
	'989': 'CP'
};

const NONE = 0xffff;
const NO_STRINGS: readonly string[] = Object.freeze([]);

export class PlaceStore {
	readonly count: number;
	readonly locale: string;
	/** INSEE code (string) for French places, GeoNames id (number) elsewhere. */
	private readonly code: (string | number)[] = [];
	private readonly names: string[] = [];
	/** Pipe-separated aliases as stored in the asset, split on demand. */
	private readonly aliasText: (string | undefined)[] = [];
	private readonly postcodeText: (string | undefined)[] = [];
	private readonly lat: Float64Array;
	private readonly lon: Float64Array;
	private readonly pop: Float64Array;
	/** km² for French communes and arrondissements, 0 elsewhere (unknown). */
	private readonly area: Float32Array;
	private readonly countryIdx: Uint16Array;
	private readonly deptIdx: Uint16Array;
	private readonly kindIdx: Uint8Array;
	private readonly srcIdx: Uint8Array;
	private readonly countryCodes: string[] = [];
	private readonly deptCodes: string[] = [];
	private readonly deptNames: string[] = [];
	private readonly deptLookup = new Map<string, number>();
	private readonly parents = new Map<number, string>();
	private readonly admin1s = new Map<number, string>();
	private readonly frIndex = new Map<string, number>();
	private readonly gnIndex = new Map<number, number>();

	private constructor(count: number, locale: string) {
		this.count = count;
		this.locale = locale;
		this.lat = new Float64Array(count);
		this.lon = new Float64Array(count);
		this.pop = new Float64Array(count);
		this.area = new Float32Array(count);
		this.countryIdx = new Uint16Array(count);
		this.deptIdx = new Uint16Array(count).fill(NONE);
		this.kindIdx = new Uint8Array(count);
		this.srcIdx = new Uint8Array(count);
	}

	static fromAssets(fr: FrAsset, world: WorldAsset, locale = 'fr'): PlaceStore {
		const s = new PlaceStore(fr.communes.length + fr.arrondissements.length + world.places.length, locale);
		for (const [code, name] of fr.departments) s.department(code, name);
		const fra = s.countryIndex('FR');
		let i = 0;
		for (const r of fr.communes) {
			s.setFr(i, r[0], r[1], r[2], r[3], r[4], r[5], r[6], 0, fra);
			s.area[i] = r[7];
			if (r[8]) s.aliasText[i] = r[8];
			i++;
		}
		for (const r of fr.arrondissements) {
			s.setFr(i, r[0], r[1], r[2], r[3], r[4], r[5], r[6], 1, fra);
			s.parents.set(i, `fr:${r[7]}`);
			s.area[i] = r[8];
			i++;
		}
		for (const [id, name, cc, lat, lon, population, alts, admin1] of world.places) {
			s.code[i] = id;
			s.gnIndex.set(id, i);
			s.names[i] = name;
			s.aliasText[i] = alts || undefined;
			s.postcodeText[i] = undefined;
			s.lat[i] = lat;
			s.lon[i] = lon;
			s.pop[i] = population;
			s.countryIdx[i] = s.countryIndex(cc);
			s.kindIdx[i] = 2;
			s.srcIdx[i] = 0;
			if (admin1) s.admin1s.set(i, admin1);
			i++;
		}
		return s;
	}

	/** A store from ready-made places (tests, fixtures). Ids must be `fr:<INSEE>` or `gn:<number>`. */
	static fromPlaces(places: Place[], locale = 'fr'): PlaceStore {
		const s = new PlaceStore(places.length, locale);
		places.forEach((p, i) => {
			if (p.id.startsWith('fr:')) {
				s.code[i] = p.id.slice(3);
				s.frIndex.set(p.id.slice(3), i);
			} else {
				const n = Number(p.id.slice(3));
				s.code[i] = n;
				s.gnIndex.set(n, i);
			}
			s.names[i] = p.name;
			s.aliasText[i] = p.aliases?.join('|') || undefined;
			s.postcodeText[i] = p.postcodes?.join(' ') || undefined;
			s.lat[i] = p.lat;
			s.lon[i] = p.lon;
			s.pop[i] = p.population;
			s.area[i] = p.areaKm2 ?? 0;
			s.countryIdx[i] = s.countryIndex(p.country);
			if (p.department) s.deptIdx[i] = s.department(p.department, p.departmentName ?? p.department);
			s.kindIdx[i] = KINDS.indexOf(p.kind);
			s.srcIdx[i] = SOURCES.indexOf(p.source);
			if (p.parent) s.parents.set(i, p.parent);
			if (p.admin1) s.admin1s.set(i, p.admin1);
		});
		return s;
	}

	private setFr(
		i: number,
		code: string,
		name: string,
		lat: number,
		lon: number,
		population: number,
		postcodes: string,
		src: number,
		kind: number,
		fra: number
	): void {
		this.code[i] = code;
		this.frIndex.set(code, i);
		this.names[i] = name;
		this.aliasText[i] = undefined;
		this.postcodeText[i] = postcodes || undefined;
		this.lat[i] = lat;
		this.lon[i] = lon;
		this.pop[i] = population;
		this.countryIdx[i] = fra;
		this.deptIdx[i] = this.deptLookup.get(departmentOfInsee(code)) ?? NONE;
		this.kindIdx[i] = kind;
		this.srcIdx[i] = src;
	}

	private countryIndex(cc: string): number {
		let i = this.countryCodes.indexOf(cc);
		if (i < 0) i = this.countryCodes.push(cc) - 1;
		return i;
	}

	private department(code: string, name: string): number {
		let i = this.deptLookup.get(code);
		if (i === undefined) {
			i = this.deptCodes.push(code) - 1;
			this.deptNames.push(name);
			this.deptLookup.set(code, i);
		}
		return i;
	}

	indexOf(id: string): number {
		if (id.startsWith('fr:')) return this.frIndex.get(id.slice(3).toUpperCase()) ?? -1;
		if (id.startsWith('gn:') && /^\d+$/.test(id.slice(3))) return this.gnIndex.get(Number(id.slice(3))) ?? -1;
		return -1;
	}

	id(i: number): string {
		const c = this.code[i];
		return typeof c === 'number' ? `gn:${c}` : `fr:${c}`;
	}
	name(i: number): string {
		return this.names[i];
	}
	/** Aliases of row i (a fresh array; the shared empty one when there are none — do not mutate). */
	aliases(i: number): string[] {
		const t = this.aliasText[i];
		return t ? t.split('|') : (NO_STRINGS as string[]);
	}
	/** Postal codes of row i (a fresh array; the shared empty one when there are none — do not mutate). */
	postcodes(i: number): string[] {
		const t = this.postcodeText[i];
		return t ? t.split(' ') : (NO_STRINGS as string[]);
	}
	population(i: number): number {
		return this.pop[i];
	}
	/** km² (French communes and arrondissements), 0 when unknown. */
	areaKm2(i: number): number {
		return this.area[i];
	}
	country(i: number): string {
		return this.countryCodes[this.countryIdx[i]];
	}
	departmentCode(i: number): string | undefined {
		const d = this.deptIdx[i];
		return d === NONE ? undefined : this.deptCodes[d];
	}
	departmentList(): { code: string; name: string }[] {
		return this.deptCodes.map((code, i) => ({ code, name: this.deptNames[i] }));
	}
	countries(): string[] {
		return [...this.countryCodes];
	}
	parent(i: number): string | undefined {
		return this.parents.get(i);
	}

	/** The Place object of row i (built on each call; callers keep it if they need it twice). */
	place(i: number): Place {
		const d = this.deptIdx[i];
		const p: Place = {
			id: this.id(i),
			name: this.names[i],
			label: '',
			country: this.country(i),
			lat: this.lat[i],
			lon: this.lon[i],
			population: this.pop[i],
			kind: KINDS[this.kindIdx[i]],
			approx: !OWN_POINT.has(this.srcIdx[i]),
			source: SOURCES[this.srcIdx[i]]
		};
		// Float32 storage: back to the asset's two decimals.
		if (this.area[i] > 0) p.areaKm2 = Math.round(this.area[i] * 100) / 100;
		if (this.postcodeText[i]) p.postcodes = this.postcodes(i);
		if (d !== NONE) {
			p.department = this.deptCodes[d];
			p.departmentName = this.deptNames[d];
			const territory = TERRITORIES[p.department];
			if (territory) p.territory = territory;
		}
		const parent = this.parents.get(i);
		if (parent) p.parent = parent;
		if (this.aliasText[i]) p.aliases = this.aliases(i);
		const admin1 = this.admin1s.get(i);
		if (admin1) p.admin1 = admin1;
		p.label = placeLabel(p, this.locale);
		return p;
	}
}

/**
 * "Saint-Étienne (Loire, 42)" for France; "Brussels, Belgique" elsewhere, with the admin1 code when
 * two places of one country share a name and the code is readable ("Springfield (IL), États-Unis").
 */
export function placeLabel(p: Place, locale = 'fr'): string {
	if (p.department) return `${p.name} (${p.departmentName ?? p.department}, ${p.department})`;
	const region = p.admin1 && /^[A-Z]{2,3}$/.test(p.admin1) ? ` (${p.admin1})` : '';
	return `${p.name}${region}, ${countryName(p.country, locale)}`;
}
