import { error } from '@sveltejs/kit';
import { decimalSub } from '$lib/engine/factors/index';
import { factorView, library, manifestView, neighbours, tableOr404 } from '../../../explorer.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const lib = library();
	const table = tableOr404(lib, params.ref);
	const factor = table.byKey.get(params.key);
	if (!factor) error(404, `No factor ${params.key} in ${params.ref}`);
	const wtt = factor.wttKey ? (table.byKey.get(factor.wttKey) ?? null) : null;
	// rows of this table whose WTT part this row is
	const wttOf = table.factors.filter((f) => f.wttKey === factor.key).map((f) => f.key);
	const usage = lib.factorUsageDetail(table.manifest.ref, factor.key).map((u) => {
		const set = lib.sets.get(u.set)!;
		const entry = set.entries.find((e) => e.activity === u.activity);
		return {
			...u,
			isDefault: set.isDefault,
			rule: entry?.rule ?? null,
			why: { en: entry?.why ?? '', fr: entry?.whyFr ?? entry?.why ?? '' }
		};
	});
	const order = [...lib.series().values()].flat();
	const sameKey = [...lib.tables.values()]
		.filter((t) => t.manifest.ref !== table.manifest.ref && t.byKey.has(factor.key))
		.sort((a, b) => order.indexOf(a.manifest.ref) - order.indexOf(b.manifest.ref))
		.map((t) => {
			const f = t.byKey.get(factor.key)!;
			return {
				table: t.manifest.ref,
				title: t.manifest.title,
				value: f.value,
				unit: f.unit,
				verification: f.verification,
				sourceId: f.sourceId,
				change: f.unit === factor.unit ? decimalSub(factor.value, f.value) : null,
				rel: f.unit === factor.unit && f.num !== 0 ? factor.num / f.num - 1 : null
			};
		});
	const nb = neighbours(lib, table.manifest.ref);
	const previousFactor = nb.previous ? (lib.tables.get(nb.previous)!.byKey.get(factor.key) ?? null) : null;
	return {
		factor: factorView(factor),
		wtt: wtt ? factorView(wtt) : null,
		wttOf,
		manifest: manifestView(table.manifest),
		usage,
		sameKey,
		...nb,
		previousValue: previousFactor ? { value: previousFactor.value, unit: previousFactor.unit } : null
	};
};
