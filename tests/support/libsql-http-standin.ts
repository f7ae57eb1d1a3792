/**
 * A STAND-IN for a libSQL server (sqld / Turso), for tests only: it speaks the part of the libSQL
 * remote protocol that @libsql/client uses over HTTP — Hrana 2 over HTTP, JSON, `POST /v2/pipeline`
 * with batons for streams (execute, batch with conditions, sequence, store_sql/close_sql,
 * get_autocommit, close) — and
 * executes the statements on an embedded libSQL file. It is not sqld (not installable here): no
 * auth, no replication, no cursors. It lets the tests drive the app's REMOTE code
 * path (DATABASE_URL=http://…) end to end: a real HTTP client, real JSON encoding, real streams.
 *
 * Protocol reference: the Hrana 2 HTTP spec in libsql's repository (docs/HRANA_2_SPEC.md), and
 * the encoder/decoder of @libsql/hrana-client (lib-esm/http/json_*.js) that it must satisfy.
 */
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import Database from 'libsql';

type Value =
	| { type: 'null' }
	| { type: 'integer'; value: string }
	| { type: 'float'; value: number }
	| { type: 'text'; value: string }
	| { type: 'blob'; base64: string };
interface Stmt {
	sql?: string;
	sql_id?: number;
	args?: Value[];
	named_args?: { name: string; value: Value }[];
	want_rows?: boolean;
}
type Cond =
	| { type: 'ok' | 'error'; step: number }
	| { type: 'not'; cond: Cond }
	| { type: 'and' | 'or'; conds: Cond[] }
	| { type: 'is_autocommit' };
type Req =
	| { type: 'execute'; stmt: Stmt }
	| { type: 'batch'; batch: { steps: { condition?: Cond; stmt: Stmt }[] } }
	| { type: 'sequence'; sql: string }
	| { type: 'get_autocommit' }
	| { type: 'store_sql'; sql_id: number; sql: string }
	| { type: 'close_sql'; sql_id: number }
	| { type: 'close' };

type Conn = InstanceType<typeof Database>;
/** A stream: one connection, and the SQL texts the client stored on it (`sql_id`). */
interface Db {
	conn: Conn;
	sqls: Map<number, string>;
	readonly inTransaction: boolean;
}

function decode(v: Value): unknown {
	switch (v.type) {
		case 'null':
			return null;
		case 'integer':
			return BigInt(v.value);
		case 'float':
			return v.value;
		case 'text':
			return v.value;
		case 'blob':
			return Buffer.from(v.base64, 'base64');
	}
}

function encode(v: unknown): Value {
	if (v === null || v === undefined) return { type: 'null' };
	if (typeof v === 'bigint') return { type: 'integer', value: v.toString() };
	if (typeof v === 'number')
		return Number.isInteger(v) ? { type: 'integer', value: String(v) } : { type: 'float', value: v };
	if (typeof v === 'string') return { type: 'text', value: v };
	if (v instanceof Uint8Array) return { type: 'blob', base64: Buffer.from(v).toString('base64') };
	return { type: 'text', value: String(v) };
}

function execute(db: Db, s: Stmt) {
	const text = s.sql ?? (s.sql_id !== undefined ? db.sqls.get(s.sql_id) : undefined);
	if (text === undefined) throw new Error(`unknown sql_id ${s.sql_id}`);
	const stmt = db.conn.prepare(text);
	const named = Object.fromEntries(
		(s.named_args ?? []).map((a) => [a.name.replace(/^[:@$]/, ''), decode(a.value)])
	);
	const params: unknown[] = (s.args ?? []).map(decode);
	const bind = Object.keys(named).length > 0 ? [named] : params;
	if (stmt.reader) {
		stmt.safeIntegers(true);
		const cols = stmt
			.columns()
			.map((c: { name: string; type: string | null }) => ({ name: c.name, decltype: c.type }));
		const rows = (stmt.raw(true).all(...bind) as unknown[][]).map((r) => r.map(encode));
		return { cols, rows, affected_row_count: 0, last_insert_rowid: null };
	}
	const info = stmt.run(...bind) as { changes: number; lastInsertRowid: number | bigint };
	return {
		cols: [],
		rows: [],
		affected_row_count: Number(info.changes),
		last_insert_rowid: String(info.lastInsertRowid)
	};
}

const error = (e: unknown) => ({
	message: e instanceof Error ? e.message : String(e),
	code: (e as { code?: string }).code ?? 'UNKNOWN'
});

function batch(db: Db, steps: { condition?: Cond; stmt: Stmt }[]) {
	const results: (ReturnType<typeof execute> | null)[] = [];
	const errors: (ReturnType<typeof error> | null)[] = [];
	const holds = (c: Cond): boolean => {
		switch (c.type) {
			case 'ok':
				return results[c.step] != null;
			case 'error':
				return errors[c.step] != null;
			case 'not':
				return !holds(c.cond);
			case 'and':
				return c.conds.every(holds);
			case 'or':
				return c.conds.some(holds);
			case 'is_autocommit':
				return !db.inTransaction;
		}
	};
	steps.forEach((step, i) => {
		results[i] = null;
		errors[i] = null;
		if (step.condition && !holds(step.condition)) return;
		try {
			results[i] = execute(db, step.stmt);
		} catch (e) {
			errors[i] = error(e);
		}
	});
	return { step_results: results, step_errors: errors };
}

export interface StandIn {
	url: string;
	/** pipeline requests served (to show the app really went through HTTP) */
	requests: number;
	close(): Promise<void>;
}

/** Starts the stand-in on 127.0.0.1 (a free port) over the libSQL file at `path`. */
export async function startLibsqlStandIn(path: string): Promise<StandIn> {
	const streams = new Map<string, Db>();
	const state = { requests: 0 };
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const reply = (status: number, body: unknown) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(body));
			};
			if (req.method === 'GET' && (req.url === '/v2' || req.url === '/health')) return reply(200, {});
			if (req.method !== 'POST' || req.url !== '/v2/pipeline') return reply(404, { message: 'not found' });
			state.requests += 1;
			let body: { baton?: string | null; requests: Req[] };
			try {
				body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
			} catch {
				return reply(400, { message: 'invalid JSON' });
			}
			let baton = body.baton ?? null;
			let db = baton ? streams.get(baton) : undefined;
			if (baton && !db) return reply(400, { message: 'unknown baton' });
			if (!db) {
				const conn = new Database(path, { timeout: 5000 });
				db = {
					conn,
					sqls: new Map(),
					get inTransaction() {
						return conn.inTransaction;
					}
				};
			}
			if (baton) streams.delete(baton);
			let closed = false;
			const results = body.requests.map((r) => {
				try {
					switch (r.type) {
						case 'execute':
							return { type: 'ok', response: { type: 'execute', result: execute(db!, r.stmt) } };
						case 'batch':
							return { type: 'ok', response: { type: 'batch', result: batch(db!, r.batch.steps) } };
						case 'sequence':
							db!.conn.exec(r.sql);
							return { type: 'ok', response: { type: 'sequence' } };
						case 'store_sql':
							db!.sqls.set(r.sql_id, r.sql);
							return { type: 'ok', response: { type: 'store_sql' } };
						case 'close_sql':
							db!.sqls.delete(r.sql_id);
							return { type: 'ok', response: { type: 'close_sql' } };
						case 'get_autocommit':
							return { type: 'ok', response: { type: 'get_autocommit', is_autocommit: !db!.inTransaction } };
						case 'close':
							closed = true;
							return { type: 'ok', response: { type: 'close' } };
						default:
							return {
								type: 'error',
								error: { message: `not supported by the stand-in: ${(r as Req).type}` }
							};
					}
				} catch (e) {
					return { type: 'error', error: error(e) };
				}
			});
			if (closed) {
				db.conn.close();
				baton = null;
			} else {
				baton = randomUUID();
				streams.set(baton, db);
			}
			reply(200, { baton, base_url: null, results });
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
	const addr = server.address();
	const port = typeof addr === 'object' && addr ? addr.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		get requests() {
			return state.requests;
		},
		close: async () => {
			for (const db of streams.values()) db.conn.close();
			streams.clear();
			await new Promise<void>((r) => server.close(() => r()));
		}
	};
}
