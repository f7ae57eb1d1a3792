/** Recognises a UNIQUE constraint violation through drizzle's error wrapper (it keeps libsql's as `cause`). */
export function isUniqueViolation(e: unknown): boolean {
	for (let err: unknown = e, depth = 0; err && depth < 4; depth++) {
		const msg = err instanceof Error ? err.message : String(err);
		if (/UNIQUE constraint failed|SQLITE_CONSTRAINT_UNIQUE|SQLITE_CONSTRAINT_PRIMARYKEY/.test(msg))
			return true;
		const code = (err as { code?: unknown }).code;
		if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
		err = (err as { cause?: unknown }).cause;
	}
	return false;
}
