// Every result line of a tour as CSV, in the reader's locale: French → `;` separator and decimal
// comma (what a French Excel opens directly), English → `,` and a point; UTF-8 with a BOM so that
// Excel reads the accents. Same boundary query as the results page (`?boundary=…`), same result.
import { error } from '@sveltejs/kit';
import { resolveBoundary, type ResultLine } from '$lib/engine';
import { writeCsv } from '$lib/engine/factors/csv';
import { translator, type Locale } from '$lib/i18n';
import { requireMembership, rethrowAsHttp } from '$lib/server/auth/guards';
import { getDb } from '$lib/server/db';
import { liveResults } from '$lib/server/results-cache';
import { parseBoundarySpec } from '$lib/server/tour-file';
import * as tours from '$lib/server/tours';
import { boundaryFromQuery, boundarySpec } from '$lib/components/results/live';
import { categoryLabel, lineKind, lineTitle } from '$lib/components/results/labels';
import type { RequestHandler } from './$types';
import { slugify } from '$lib/text';

const COLUMNS = [
	'id',
	'scope',
	'category',
	'mode',
	'what',
	'label',
	'date',
	'venue',
	'start',
	'leg',
	'quantity',
	'unit',
	'activity',
	'factorKey',
	'factorSet',
	'table',
	'sourceId',
	'sourceLabel',
	'published',
	'value',
	'wttKey',
	'wttValue',
	'included',
	'excluded',
	'notSeparable',
	'uncertaintyPct',
	'quality',
	'isDefault',
	'kgCO2e',
	'low',
	'high',
	'formula',
	'source',
	'flags'
] as const;

/** A plain decimal in the locale (no grouping, no exponent, full precision). */
function decimal(n: number | string | null | undefined, locale: Locale): string {
	if (n === null || n === undefined || n === '') return '';
	let s = typeof n === 'string' ? n : String(n);
	if (typeof n === 'number' && !Number.isFinite(n)) return '';
	if (/e/i.test(s))
		s = Number(s)
			.toFixed(20)
			.replace(/\.?0+$/, '');
	return locale === 'fr' ? s.replace('.', ',') : s;
}

const slug = (s: string) => slugify(s, { fallback: 'tour' });

export const GET: RequestHandler = async (event) => {
	const m = await requireMembership(event);
	const tour = await tours.get(getDb(), m, event.params.tour).catch(rethrowAsHttp);
	const locale = event.locals.locale;
	const t = translator(locale);
	const own = resolveBoundary(tour.document.boundary);
	const boundary = boundaryFromQuery(event.url.searchParams, own, parseBoundarySpec);
	// the results page's own computation, kept per tour version (results-cache.ts): made in the
	// worker pool, not on the event loop, and not again when the page was just read
	const d = await liveResults(tour, boundary);
	if (!d.ok) error(422, t('results.csv.notComputed'));

	const dates = new Map(d.result.byDate.map((x) => [x.id, x]));
	const yes = t('results.csv.yes');
	const no = t('results.csv.no');
	const row = (l: ResultLine) => {
		const date = l.dateId ? dates.get(l.dateId) : undefined;
		const f = l.factor;
		return [
			l.id,
			t(`engine.scope.${l.scope}`),
			categoryLabel(t, l.category),
			l.mode ?? '',
			lineKind(t, l),
			lineTitle(t, l),
			l.dateId ?? '',
			date?.venueName ?? '',
			date?.start ?? '',
			l.legId ?? '',
			decimal(l.quantity, locale),
			f.unit,
			f.activity,
			f.key,
			f.set,
			f.table,
			f.sourceId ?? '',
			f.sourceLabel,
			decimal(f.published, locale),
			decimal(f.value, locale),
			f.wtt?.key ?? '',
			decimal(f.wtt?.value, locale),
			f.included.join(' + '),
			f.excluded.join(' + '),
			f.notSeparable.join(' + '),
			decimal(f.uncertaintyPct, locale),
			t(`engine.quality.${l.quality}`),
			l.isDefault ? yes : no,
			decimal(l.kgCO2e, locale),
			decimal(l.range.low, locale),
			decimal(l.range.high, locale),
			l.formula,
			l.source,
			l.flags.join(' ')
		];
	};
	const csv = writeCsv(
		COLUMNS.map((c) => t(`results.csv.columns.${c}`)),
		d.result.lines.map(row),
		{ delimiter: locale === 'fr' ? ';' : ',', eol: '\r\n', bom: true }
	);
	const phase = t(`results.csv.phase.${tour.phase}`);
	const spec = boundarySpec(boundary) === 'full' ? '' : `-${slug(boundarySpec(boundary))}`;
	const name = `empreinte-${slug(tour.productionTitle)}-${slug(tour.season)}-${phase}${spec}.csv`;
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		}
	});
};
