/**
 * What one request may ask of the server (issue 17, hardening): upload sizes per kind, the caps of
 * POST /api/compute, the compute worker pool, and the per-IP rate limit of the anonymous API.
 * Read from the environment once; a wrong value is a ConfigError naming the variable. Every
 * variable is in the README's configuration table. The tour's own size limits (dates, legs…) are
 * LIMITS in src/lib/schemas/tour-file.ts, checked wherever a tour document is validated.
 */
import { availableParallelism } from 'node:os';
import { ConfigError } from './config';

export type UploadKind = 'datesCsv' | 'tourFile' | 'audienceFile';

export interface Limits {
	/** bytes of the file itself, per kind of upload */
	upload: Record<UploadKind, number>;
	/** adapter-node's BODY_SIZE_LIMIT in bytes: every request body, all kinds (scripts/lib.js sets it) */
	body: number;
	api: {
		/** Monte Carlo runs one request may ask for */
		maxRuns: number;
		/** result lines one computation may produce */
		maxLines: number;
		/** runs × result lines: the Monte Carlo work of one request */
		maxMonteCarloWork: number;
		/** anonymous API requests (/api/*) from one IP address per minute */
		perIpPerMinute: number;
	};
	compute: {
		/** worker threads for /api/compute; 0 = compute on the main thread */
		workers: number;
		/** computations waiting for a worker before the API answers 503 */
		queue: number;
		timeoutMs: number;
	};
}

/** Multipart overhead allowed beside the file (boundaries, the form's other fields). */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

const MB = 1024 * 1024;

function int(env: Record<string, string | undefined>, name: string, fallback: number, min = 1): number {
	const raw = env[name]?.trim();
	if (raw === undefined || raw === '') return fallback;
	if (!/^\d+$/.test(raw) || Number(raw) < min) {
		throw new ConfigError(`${name} must be a whole number of ${min} or more (got "${env[name]}")`);
	}
	return Number(raw);
}

/** adapter-node's syntax: a number of bytes, or with a K, M or G suffix (×1024). */
export function parseByteSize(raw: string): number {
	const m = /^(\d+)([KMG]?)$/i.exec(raw.trim());
	if (!m) return NaN;
	const mult = { '': 1, K: 1024, M: MB, G: 1024 * MB }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G'];
	return Number(m[1]) * mult;
}

function mb(env: Record<string, string | undefined>, name: string, fallbackMb: number): number {
	const raw = env[name]?.trim();
	if (raw === undefined || raw === '') return fallbackMb * MB;
	const n = Number(raw);
	if (!/^\d+(\.\d+)?$/.test(raw) || !(n > 0)) {
		throw new ConfigError(`${name} must be a size in MB greater than 0, e.g. 2 or 0.5 (got "${env[name]}")`);
	}
	return Math.round(n * MB);
}

export function readLimits(env: Record<string, string | undefined> = process.env): Limits {
	const upload = {
		// a dates CSV of 1 000 dates is about 100 KB: 2 MB leaves room for wide Excel exports
		datesCsv: mb(env, 'EMPREINTE_UPLOAD_DATES_CSV_MB', 2),
		// a 1 000-date tour file is about 300 KB; the API docs have said 1 MB since the start
		tourFile: mb(env, 'EMPREINTE_UPLOAD_TOUR_FILE_MB', 1),
		// the no-JavaScript audience upload (with JavaScript the browser sends small blocks)
		audienceFile: mb(env, 'EMPREINTE_UPLOAD_AUDIENCE_MB', 5)
	};
	const largest = Math.max(...Object.values(upload)) + FORM_OVERHEAD_BYTES;
	const bodyRaw = env.BODY_SIZE_LIMIT?.trim();
	const body = bodyRaw ? parseByteSize(bodyRaw) : largest;
	if (bodyRaw && Number.isNaN(body) && bodyRaw.toLowerCase() !== 'infinity') {
		throw new ConfigError(`BODY_SIZE_LIMIT must be a number of bytes, or with K, M or G (got "${bodyRaw}")`);
	}
	return {
		upload,
		body: Number.isNaN(body) ? Infinity : body,
		api: {
			// 5 000 runs give a stable 95 % range (the bench: 1 000 runs, 397 ms for 4 912 lines)
			maxRuns: int(env, 'EMPREINTE_API_MAX_RUNS', 5000, 10),
			// the bench's 300-date, 2 000-leg tour gives 4 912 lines; 20 000 is four such tours
			maxLines: int(env, 'EMPREINTE_API_MAX_LINES', 20_000),
			// 5 000 000 ≈ 0.4 s of Monte Carlo on this 2-core machine (bench: 4.9 M in 397 ms)
			maxMonteCarloWork: int(env, 'EMPREINTE_API_MAX_MC_WORK', 5_000_000),
			perIpPerMinute: int(env, 'EMPREINTE_API_MAX_PER_IP_PER_MINUTE', 120)
		},
		compute: {
			// leave one core to the main thread, which serves the pages
			workers: int(env, 'EMPREINTE_COMPUTE_WORKERS', Math.max(1, Math.min(4, availableParallelism() - 1)), 0),
			// 50 concurrent clients (the load bench) wait rather than get 503; each waiting task is a
			// resolved tour of at most LIMITS' size
			queue: int(env, 'EMPREINTE_COMPUTE_QUEUE', 100),
			timeoutMs: int(env, 'EMPREINTE_COMPUTE_TIMEOUT_SECONDS', 30) * 1000
		}
	};
}

/** The minimum BODY_SIZE_LIMIT for the configured uploads: what the start scripts set by default. */
export function bodySizeLimitFor(env: Record<string, string | undefined> = process.env): number {
	const l = readLimits({ ...env, BODY_SIZE_LIMIT: undefined });
	return Math.max(...Object.values(l.upload)) + FORM_OVERHEAD_BYTES;
}

let shared: Limits | undefined;
export function limits(): Limits {
	shared ??= readLimits();
	return shared;
}

/** "2 Mo" / "2 MB", for the forms and the error page. */
export function formatMegabytes(bytes: number, locale: 'fr' | 'en'): string {
	const n = bytes / MB;
	const s = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(
		n
	);
	return locale === 'fr' ? `${s}\u00a0Mo` : `${s} MB`;
}

/**
 * Which upload limit applies to a request: by route and form action. Requests not listed fall
 * under BODY_SIZE_LIMIT only. The routes check the file's own size again (a multipart body
 * without a Content-Length is cut by the adapter at BODY_SIZE_LIMIT).
 */
const UPLOADS: { route: string; action: string | null; kind: UploadKind }[] = [
	{ route: '/o/[org]/tours/[tour]/dates', action: 'preview', kind: 'datesCsv' },
	{ route: '/o/[org]/tours/[tour]/dates', action: 'commit', kind: 'datesCsv' },
	{ route: '/o/[org]/productions/[production]', action: 'importTour', kind: 'tourFile' },
	{ route: '/o/[org]/tours/[tour]/experiments/[scenario]', action: 'document', kind: 'tourFile' },
	{ route: '/o/[org]/tours/[tour]/audience/import', action: 'upload', kind: 'audienceFile' },
	{ route: '/rider/[code]', action: null, kind: 'audienceFile' },
	{ route: '/api/compute', action: null, kind: 'tourFile' }
];

export function uploadKindOf(routeId: string | null, search: string): UploadKind | null {
	const action = search.startsWith('?/') ? search.slice(2).split('&')[0] : null;
	return UPLOADS.find((u) => u.route === routeId && u.action === action)?.kind ?? null;
}

/**
 * Bytes a request body may have on this route (the kind's file plus the form around it), and the
 * limit to tell the user (the file's own, as the form states it).
 */
export function bodyLimitOf(
	routeId: string | null,
	search: string,
	l: Limits = limits()
): { bytes: number; shown: number } {
	const kind = uploadKindOf(routeId, search);
	if (!kind) return { bytes: l.body, shown: l.body };
	const overhead = routeId === '/api/compute' ? 0 : FORM_OVERHEAD_BYTES;
	return { bytes: Math.min(l.body, l.upload[kind] + overhead), shown: l.upload[kind] };
}
