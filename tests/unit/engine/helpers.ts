/**
 * Hand-built, in-memory factor sets for the engine's unit tests. Every value a test uses is typed
 * in the test itself with the source it was read from (reference/emission-factor-sources.md and
 * the upstream file named there), so that a reader can check the expected numbers by hand.
 */
import type {
	ComponentKind,
	Factor,
	FactorUnit,
	ResolvedFactor,
	ResolvedFactorSet,
	TableManifest
} from '../../../src/lib/engine/factors/types';
import type { EnginePlace, TourInput } from '../../../src/lib/engine';

type Boundaryish = TableManifest['boundary'];

export function manifest(ref: string, sourceOrg: string, boundary: Partial<Boundaryish> = {}): TableManifest {
	const [id, version] = ref.split('@');
	return {
		id,
		version,
		ref,
		title: `${sourceOrg} test table`,
		sourceOrg,
		dataset: 'test',
		publishedOn: null,
		retrievedOn: '2026-01-01',
		licence: 'test',
		attribution: '',
		url: '',
		dataFile: '',
		sha256: '',
		boundary: {
			construction: 'separable',
			fuelUpstream: 'included',
			nonCO2: 'separable',
			notes: '',
			...boundary
		},
		notes: '',
		supersedes: null
	};
}

export interface FactorSpec {
	key: string;
	unit: FactorUnit;
	/** published total as a decimal string */
	value: string;
	/** published components, in published order */
	components?: [ComponentKind, string, boolean?][];
	sourceId?: string;
	uncertaintyPct?: number | null;
	category?: Factor['category'];
	wttKey?: string | null;
}

export function factor(table: TableManifest, s: FactorSpec): Factor {
	return {
		table: table.ref,
		key: s.key,
		category: s.category ?? 'passenger',
		unit: s.unit,
		value: s.value,
		num: Number(s.value),
		components: (s.components ?? []).map(([kind, value, derived]) => ({
			kind,
			value,
			num: Number(value),
			derived: derived ?? false
		})),
		wttKey: s.wttKey ?? null,
		sourceId: s.sourceId ?? null,
		sourceLabel: s.key,
		geography: 'FR',
		dataYear: null,
		uncertaintyPct: s.uncertaintyPct ?? null,
		verification: 'verified',
		notes: '',
		line: 1
	};
}

export interface Entry {
	activity: string;
	table: TableManifest;
	spec: FactorSpec;
	wtt?: FactorSpec;
}

export function resolvedSet(ref: string, entries: Entry[]): ResolvedFactorSet {
	const [name, version] = ref.split('@');
	const byActivity = new Map<string, ResolvedFactor>();
	for (const e of entries) {
		byActivity.set(e.activity, {
			activity: e.activity,
			set: ref,
			factor: factor(e.table, e.spec),
			wtt: e.wtt ? factor(e.table, e.wtt) : null,
			table: e.table
		});
	}
	return {
		set: {
			name,
			version,
			ref,
			title: `test set ${ref}`,
			description: '',
			rules: '',
			isDefault: false,
			entries: entries.map((e) => ({ activity: e.activity, table: e.table.ref, key: e.spec.key }))
		},
		byActivity
	};
}

export function place(id: string, name: string, lat: number, lon: number, country = 'FR'): EnginePlace {
	return { id, name, country, lat, lon };
}

/** A minimal tour: no dates, no legs; tests fill what they need. */
export function emptyTour(home: EnginePlace, over: Partial<TourInput> = {}): TourInput {
	return {
		production: { title: 'Test' },
		homeBase: home,
		team: [],
		travel: [],
		dates: [],
		route: { derive: true, returnHomeGapDays: null },
		legs: [],
		distances: [],
		freight: [],
		accommodation: { roomsPerNight: null, extra: [] },
		meals: { perPersonPerDay: null, type: 'average', extra: [] },
		...over
	};
}

// ——— impactCO2 "C" (incubateur-ademe/impactco2 src/data/categories/deplacement.ts, HEAD 8076a489,
// reference §1.1): component values exactly as stored, in stored order.
export const IMPACTCO2 = manifest('ademe-impactco2@C', 'ADEME', {
	construction: 'separable',
	fuelUpstream: 'included',
	nonCO2: 'separable'
});

export const IMPACTCO2_ENTRIES: Entry[] = [
	{
		activity: 'rail.tgv',
		table: IMPACTCO2,
		// TGV, Base Empreinte 43256: construction 0.00063, fuel 0.0023
		spec: {
			key: 'rail.tgv',
			unit: 'passenger.km',
			value: '0.00293',
			sourceId: '43256',
			components: [
				['construction', '0.00063'],
				['fuel', '0.0023']
			]
		}
	},
	{
		activity: 'rail.intercites',
		table: IMPACTCO2,
		// Intercités as in the live TS (stale element 42756): 0.00318 + 0.0058
		spec: {
			key: 'rail.intercites',
			unit: 'passenger.km',
			value: '0.00898',
			components: [
				['construction', '0.00318'],
				['fuel', '0.0058']
			]
		}
	},
	{
		activity: 'rail.ter',
		table: IMPACTCO2,
		// TER 43255: 0.00479 + 0.0229
		spec: {
			key: 'rail.ter',
			unit: 'passenger.km',
			value: '0.02769',
			sourceId: '43255',
			components: [
				['construction', '0.00479'],
				['fuel', '0.0229']
			]
		}
	},
	{
		activity: 'coach',
		table: IMPACTCO2,
		// autocar 43740: 0.00442 + 0.03314
		spec: {
			key: 'coach',
			unit: 'passenger.km',
			value: '0.03756',
			sourceId: '43740',
			components: [
				['construction', '0.00442'],
				['fuel', '0.03314']
			]
		}
	},
	{
		activity: 'bus',
		table: IMPACTCO2,
		// bus thermique 43739: 0.00892 + 0.1135
		spec: {
			key: 'bus',
			unit: 'passenger.km',
			value: '0.12242',
			sourceId: '43739',
			components: [
				['construction', '0.00892'],
				['fuel', '0.1135']
			]
		}
	},
	{
		activity: 'tram',
		table: IMPACTCO2,
		// tramway 43257: 0.00048 + 0.0038
		spec: {
			key: 'tram',
			unit: 'passenger.km',
			value: '0.00428',
			sourceId: '43257',
			components: [
				['construction', '0.00048'],
				['fuel', '0.0038']
			]
		}
	},
	{
		activity: 'ebike',
		table: IMPACTCO2,
		// vélo électrique 28331: 0.00872 + 0.00223
		spec: {
			key: 'ebike',
			unit: 'passenger.km',
			value: '0.01095',
			sourceId: '28331',
			components: [
				['construction', '0.00872'],
				['fuel', '0.00223']
			]
		}
	},
	{
		activity: 'bike',
		table: IMPACTCO2,
		// vélo mécanique: construction 0.00017 only
		spec: { key: 'bike', unit: 'passenger.km', value: '0.00017', components: [['construction', '0.00017']] }
	},
	{
		activity: 'walk',
		table: IMPACTCO2,
		// marche: total 0, no components
		spec: { key: 'walk', unit: 'passenger.km', value: '0' }
	},
	{
		activity: 'plane.short',
		table: IMPACTCO2,
		// avion court-courrier 43743: 0.000372 / 0.1232 / contrails 0.101
		spec: {
			key: 'plane.short',
			unit: 'passenger.km',
			value: '0.224572',
			sourceId: '43743',
			components: [
				['construction', '0.000372'],
				['fuel', '0.1232'],
				['nonco2', '0.101']
			]
		}
	},
	{
		activity: 'plane.medium',
		table: IMPACTCO2,
		// avion moyen-courrier 43741: 0.000361 / 0.1013 / 0.083
		spec: {
			key: 'plane.medium',
			unit: 'passenger.km',
			value: '0.184661',
			sourceId: '43741',
			components: [
				['construction', '0.000361'],
				['fuel', '0.1013'],
				['nonco2', '0.083']
			]
		}
	},
	{
		activity: 'car.compact.diesel',
		table: IMPACTCO2,
		// voiture-compact-diesel (id 130), per vehicle·km; stored order: fuel (6) then construction (5)
		spec: {
			key: 'car.compact.diesel',
			unit: 'vehicle.km',
			value: '0.14225341222954335',
			components: [
				['fuel', '0.1105577600556303'],
				['construction', '0.03169565217391306']
			]
		}
	},
	{
		activity: 'car.average',
		table: IMPACTCO2,
		// voiturethermique (id 4) = compact diesel
		spec: {
			key: 'car.average',
			unit: 'vehicle.km',
			value: '0.14225341222954335',
			components: [
				['fuel', '0.1105577600556303'],
				['construction', '0.03169565217391306']
			]
		}
	},
	{
		activity: 'car.compact.electric',
		table: IMPACTCO2,
		// voitureelectrique (id 5): fuel 0.01208836005563031, construction 0.05527690217391306
		spec: {
			key: 'car.compact.electric',
			unit: 'vehicle.km',
			value: '0.06736526222954337',
			components: [
				['fuel', '0.01208836005563031'],
				['construction', '0.05527690217391306']
			]
		}
	},
	{
		activity: 'campervan',
		table: IMPACTCO2,
		// campingcar (id 31): fuel 0.3771932716693085, construction 0.11664
		spec: {
			key: 'campervan',
			unit: 'vehicle.km',
			value: '0.49383327166930846',
			components: [
				['fuel', '0.3771932716693085'],
				['construction', '0.11664']
			]
		}
	},
	{
		activity: 'van.passenger',
		table: IMPACTCO2,
		// van (id 35): fuel 0.2371460116693085, construction 0.08748
		spec: {
			key: 'van.passenger',
			unit: 'vehicle.km',
			value: '0.3246260116693085',
			components: [
				['fuel', '0.2371460116693085'],
				['construction', '0.08748']
			]
		}
	},
	{
		activity: 'motorbike',
		table: IMPACTCO2,
		// moto > 250 cm³ (id 13): 0.0747 + 0.14
		spec: {
			key: 'motorbike',
			unit: 'vehicle.km',
			value: '0.2147',
			components: [
				['construction', '0.0747'],
				['fuel', '0.14']
			]
		}
	}
];

export const IMPACTCO2_SET = resolvedSet('test-impactco2@1', IMPACTCO2_ENTRIES);

// ——— DESNZ 2025 (reference §2.2, flat-file IDs; values verified in two copies of the 2025 file)
export const DESNZ = manifest('desnz@2025', 'UK Department for Energy Security and Net Zero (DESNZ)', {
	construction: 'excluded',
	fuelUpstream: 'separable',
	nonCO2: 'separable'
});

export const DESNZ_ENTRIES: Entry[] = [
	{
		activity: 'plane.short',
		table: DESNZ,
		// Short-haul, to/from UK, average passenger, With RF 0.12786 = Without RF 0.07559 + RF part
		// 0.05227 (derived); WTT short-haul average passenger 0.02286 (22_912_3162_11_1)
		spec: {
			key: 'flight.short_haul.average.rf',
			unit: 'passenger.km',
			value: '0.12786',
			sourceId: '21_316_3162_11_1',
			components: [
				['fuel', '0.07559'],
				['nonco2', '0.05227', true]
			],
			wttKey: 'wtt.flight.short_haul.average'
		},
		wtt: {
			key: 'wtt.flight.short_haul.average',
			unit: 'passenger.km',
			value: '0.02286',
			sourceId: '22_912_3162_11_1'
		}
	},
	{
		activity: 'freight.rigid_7_5t.average',
		table: DESNZ,
		// HGV all diesel, Rigid (>3.5-7.5 t), average laden, per km: 0.49548 (27_304_3112_4_1);
		// WTT 0.11851 (28_907_3112_4_1)
		spec: {
			key: 'hgv.rigid_3_5_7_5.average.km',
			unit: 'vehicle.km',
			value: '0.49548',
			sourceId: '27_304_3112_4_1',
			category: 'freight'
		},
		wtt: {
			key: 'wtt.hgv.rigid_3_5_7_5.average.km',
			unit: 'vehicle.km',
			value: '0.11851',
			sourceId: '28_907_3112_4_1'
		}
	},
	{
		activity: 'freight.rigid_17t.average',
		table: DESNZ,
		// Rigid (>7.5-17 t), average laden, per km: 0.60501 (27_304_3116_4_1)
		spec: {
			key: 'hgv.rigid_7_5_17.average.km',
			unit: 'vehicle.km',
			value: '0.60501',
			sourceId: '27_304_3116_4_1',
			category: 'freight'
		}
	},
	{
		activity: 'freight.rigid_17t.empty',
		table: DESNZ,
		// Rigid (>7.5-17 t), 0 % laden, per km: 0.55061 (27_304_3113_4_1)
		spec: {
			key: 'hgv.rigid_7_5_17.empty.km',
			unit: 'vehicle.km',
			value: '0.55061',
			sourceId: '27_304_3113_4_1',
			category: 'freight'
		}
	},
	{
		activity: 'freight.artic.full',
		table: DESNZ,
		// All artics, 100 % laden, per km: 1.06414 (27_304_3135_4_1)
		spec: {
			key: 'hgv.artic.full.km',
			unit: 'vehicle.km',
			value: '1.06414',
			sourceId: '27_304_3135_4_1',
			category: 'freight'
		}
	},
	{
		activity: 'freight.artic.empty',
		table: DESNZ,
		// All artics, 0 % laden, per km: 0.64659 (27_304_3133_4_1)
		spec: {
			key: 'hgv.artic.empty.km',
			unit: 'vehicle.km',
			value: '0.64659',
			sourceId: '27_304_3133_4_1',
			category: 'freight'
		}
	},
	{
		activity: 'freight.van',
		table: DESNZ,
		// Vans, average (up to 3.5 t), diesel, per km: 0.25561 (27_303_3102_4_1)
		spec: {
			key: 'van.average.diesel.km',
			unit: 'vehicle.km',
			value: '0.25561',
			sourceId: '27_303_3102_4_1',
			category: 'freight'
		}
	},
	{
		activity: 'freight.tkm.road',
		table: DESNZ,
		// All artics, average laden, per tonne.km: 0.078 (27_304_3136_14_1)
		spec: {
			key: 'hgv.artic.average.tkm',
			unit: 'tonne.km',
			value: '0.078',
			sourceId: '27_304_3136_14_1',
			category: 'freight'
		}
	},
	{
		activity: 'hotel.FR',
		table: DESNZ,
		// Hotel stay, France, per room per night: 6.7 (29_600_4016_13_1)
		spec: {
			key: 'hotel.FR',
			unit: 'room.night',
			value: '6.7',
			sourceId: '29_600_4016_13_1',
			category: 'accommodation'
		}
	},
	{
		activity: 'hotel.DE',
		table: DESNZ,
		// Hotel stay, Germany: 13.2 (29_600_4017_13_1)
		spec: {
			key: 'hotel.DE',
			unit: 'room.night',
			value: '13.2',
			sourceId: '29_600_4017_13_1',
			category: 'accommodation'
		}
	}
];

// ——— Nos Gestes Climat 4.15.0 and impactCO2 meals (reference §1.5, §1.8)
export const NGC = manifest('nosgestesclimat@4.15.0', 'ADEME', {
	construction: 'n/a',
	fuelUpstream: 'included',
	nonCO2: 'n/a'
});
export const REPAS = manifest('ademe-impactco2-repas@2026-07-01', 'ADEME', {
	construction: 'n/a',
	fuelUpstream: 'n/a',
	nonCO2: 'n/a'
});

export const OTHER_ENTRIES: Entry[] = [
	// NGC: gazole = mean(3.1 B7, 3.04 B10) = 3.07 kgCO2e/L
	{
		activity: 'fuel.diesel',
		table: NGC,
		spec: { key: 'fuel.diesel', unit: 'litre', value: '3.07', category: 'fuel' }
	},
	// NGC: hotel 6.93 kgCO2e per night (ADEME 2020 hotel display pilot, breakfast excluded)
	{
		activity: 'hotel.default',
		table: NGC,
		spec: { key: 'hotel.night', unit: 'room.night', value: '6.93', category: 'accommodation' }
	},
	// impactCO2 repas.ts (Agribalyse 3.2): végétarien 0.85, bœuf 4.97
	{
		activity: 'meal.vegetarian',
		table: REPAS,
		spec: { key: 'meal.vegetarian', unit: 'meal', value: '0.85', category: 'meal' }
	},
	{
		activity: 'meal.red_meat',
		table: REPAS,
		spec: { key: 'meal.beef', unit: 'meal', value: '4.97', category: 'meal' }
	}
];

/** impactCO2 passenger factors + DESNZ freight/hotels (+ flights where noted) + NGC/impactCO2 meals and fuel. */
export const MIXED_SET = resolvedSet('test-mixed@1', [
	...IMPACTCO2_ENTRIES.filter((e) => !e.activity.startsWith('plane.')),
	...IMPACTCO2_ENTRIES.filter((e) => e.activity === 'plane.short' || e.activity === 'plane.medium'),
	...DESNZ_ENTRIES.filter((e) => !e.activity.startsWith('plane.')),
	...OTHER_ENTRIES
]);

export const DESNZ_FLIGHT_SET = resolvedSet(
	'test-desnz-flights@1',
	DESNZ_ENTRIES.filter((e) => e.activity.startsWith('plane.'))
);
