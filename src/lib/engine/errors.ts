/**
 * Typed engine errors. Each carries a stable `code` the UI translates (messages in
 * src/lib/i18n/messages/engine.ts under `errors.<code without "engine.">`) and the `params` that
 * fill the message. The engine never returns a silent zero: a factor it cannot find, an input it
 * cannot use, is an error.
 */
export const ENGINE_ERROR_CODES = [
	'engine.factor_missing',
	'engine.invalid_input',
	'engine.unit_mismatch',
	'engine.unknown_mode'
] as const;
export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

export type EngineErrorParams = Record<string, string | number | string[]>;

export class EngineError extends Error {
	constructor(
		readonly code: EngineErrorCode,
		message: string,
		readonly params: EngineErrorParams = {},
		/** where in the input the problem is, as a JSON path (`dates[2].audience`), when known */
		readonly path: string | null = null,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'EngineError';
	}
}

export function invalidInput(
	message: string,
	path: string | null = null,
	params: EngineErrorParams = {}
): EngineError {
	return new EngineError('engine.invalid_input', message, params, path);
}

export function isEngineError(e: unknown): e is EngineError {
	return e instanceof EngineError;
}
