import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../src/lib/i18n';

describe('src/app.html', () => {
	it('declares the default language, which hooks.server.ts rewrites for the other one', () => {
		const html = readFileSync('src/app.html', 'utf8');
		// exactly one <html> tag, with the default locale: the hook replaces this very string
		expect(html.match(/<html\b[^>]*>/g)).toEqual([`<html lang="${DEFAULT_LOCALE}">`]);
	});
});
