/**
 * A network dashboard as rows (CSV) and as JSON: the SAME protected figures the page shows
 * (networks.dashboard → src/lib/disclosure), never a member-level row. A hidden figure is an empty
 * value with its « secret (…) » reason beside it. French CSV: `;` and decimal commas (French
 * Excel); standard: `,` and points.
 */
import type { Protected } from '../disclosure';
import { writeCsv } from '../engine/factors/csv';
import type { Translate } from '../i18n';
import type { DashboardView } from './networks';

export interface ExportRow {
	section: string;
	item: string;
	value: number | null;
	unit: string;
	note: string;
}

function row(t: Translate, section: string, item: string, p: Protected | null, unit: string): ExportRow {
	if (!p) return { section, item, value: null, unit, note: t('networks.none') };
	if (!p.shown) return { section, item, value: null, unit, note: t(`networks.secret.${p.reason}`) };
	return { section, item, value: p.value, unit, note: '' };
}

export function dashboardRows(view: DashboardView, t: Translate): ExportRow[] {
	const d = view.dashboard;
	if (!d.ok) return [];
	const out: ExportRow[] = [];
	const sec = (k: string) => t(`networks.dashboard.${k}`);
	out.push({ section: sec('panel'), item: sec('members'), value: view.members, unit: '', note: '' });
	out.push(row(t, sec('panel'), sec('sharing'), d.sharing, ''));
	out.push(row(t, sec('panel'), sec('tours'), d.tours, ''));
	for (const s of d.bySeason) {
		out.push(row(t, sec('bySeason'), `${s.season} · ${sec('membersCol')}`, s.members, ''));
		out.push(row(t, sec('bySeason'), `${s.season} · ${sec('toursCol')}`, s.tours, ''));
	}
	out.push(row(t, sec('totals'), sec('company'), d.company, 'kgCO2e'));
	out.push(row(t, sec('totals'), sec('audience'), d.audience, 'kgCO2e'));
	for (const c of d.byCategory.cells)
		out.push(row(t, sec('byCategory'), t(`engine.category.${c.key}`), c.cell, 'kgCO2e'));
	out.push(row(t, sec('byCategory'), sec('total'), d.byCategory.total, 'kgCO2e'));
	for (const i of d.indicators) {
		const name = t(`networks.dashboard.indicatorNames.${i.key}`);
		const unit = i.key === 'oneOffShare' || i.key === 'audienceShare' ? 'ratio' : 'kgCO2e/unit';
		out.push(row(t, sec('indicators'), `${name} · ${sec('pooled')}`, i.pooled, unit));
		for (const q of ['q1', 'median', 'q3'] as const)
			out.push(
				i.quartiles.shown
					? { section: sec('indicators'), item: `${name} · ${sec(q)}`, value: i.quartiles[q], unit, note: '' }
					: {
							section: sec('indicators'),
							item: `${name} · ${sec(q)}`,
							value: null,
							unit,
							note: t('networks.position.notEnough')
						}
			);
	}
	for (const q of d.quality)
		for (const k of ['measured', 'estimated', 'default'] as const)
			out.push(row(t, sec('quality'), `${t(`engine.category.${q.category}`)} · ${sec(k)}`, q[k], 'ratio'));
	for (const s of d.trend) {
		const label = `${s.from} → ${s.to}`;
		out.push(row(t, sec('trend'), `${label} · ${sec('panelMembers')}`, s.members, ''));
		out.push(row(t, sec('trend'), `${label} · ${sec('fromKg')}`, s.fromKg, 'kgCO2e'));
		out.push(row(t, sec('trend'), `${label} · ${sec('toKg')}`, s.toKg, 'kgCO2e'));
		out.push(row(t, sec('trend'), `${label} · ${sec('factorPart')}`, s.factorPart, 'kgCO2e'));
		out.push(row(t, sec('trend'), `${label} · ${sec('activityPart')}`, s.activityPart, 'kgCO2e'));
	}
	for (const l of view.experiments.levers) {
		for (const [status, p] of Object.entries(l.byStatus))
			out.push(row(t, sec('experiments'), `${l.lever} · ${t(`experiments.status.${status}`)}`, p, ''));
		out.push(row(t, sec('experiments'), `${l.lever} · ${sec('promised')}`, l.promisedKg, 'kgCO2e'));
	}
	return out;
}

export function dashboardCsv(view: DashboardView, t: Translate, variant: 'fr' | 'std'): string {
	const fr = variant === 'fr';
	const num = (n: number | null) => {
		if (n === null || !Number.isFinite(n)) return '';
		const s = String(Math.round(n * 1000) / 1000);
		return fr ? s.replace('.', ',') : s;
	};
	return writeCsv(
		fr ? ['rubrique', 'élément', 'valeur', 'unité', 'note'] : ['section', 'item', 'value', 'unit', 'note'],
		dashboardRows(view, t).map((r) => [r.section, r.item, num(r.value), r.unit, r.note]),
		{ delimiter: fr ? ';' : ',' }
	);
}
