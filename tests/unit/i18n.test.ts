import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/lib/i18n/define';
import { formatters, translate } from '../../src/lib/i18n';
import { namespaces } from '../../src/lib/i18n/messages';

function keys(c: Catalogue, prefix = ''): string[] {
	return Object.entries(c).flatMap(([k, v]) =>
		typeof v === 'object' ? keys(v as Catalogue, `${prefix}${k}.`) : [`${prefix}${k}`]
	);
}

describe('message catalogues', () => {
	for (const [ns, m] of Object.entries(namespaces)) {
		it(`${ns}: French and English have the same keys`, () => {
			const fr = keys(m.fr as Catalogue).sort();
			const en = keys(m.en as Catalogue).sort();
			expect(en).toEqual(fr);
		});
		it(`${ns}: no empty message`, () => {
			for (const lang of ['fr', 'en'] as const) {
				const c = m[lang] as Catalogue;
				for (const k of keys(c)) {
					const v = k.split('.').reduce<unknown>((n, p) => (n as Catalogue)[p], c);
					if (typeof v === 'string') expect(v.trim(), `${lang}.${ns}.${k}`).not.toBe('');
				}
			}
		});
	}

	it('translates with parameters and falls back to the key, never blank', () => {
		expect(translate('fr', 'common.error.title', { status: 404 })).toBe('Erreur 404');
		expect(translate('en', 'common.error.title', { status: 404 })).toBe('Error 404');
		expect(translate('en', 'common.no.such.key')).toBe('common.no.such.key');
	});
});

describe('locale formatting', () => {
	it('writes French numbers with a narrow no-break space and a decimal comma', () => {
		expect(formatters('fr').kg(1234.5)).toBe('1\u202f234,5 kg CO₂e');
		expect(formatters('en').kg(1234.5)).toBe('1,234.5 kg CO₂e');
	});
	it('switches to tonnes above 10 t', () => {
		expect(formatters('fr').co2(12_345)).toBe('12,3 t CO₂e');
		expect(formatters('en').co2(12_345)).toBe('12.3 t CO₂e');
	});
	it('keeps three significant figures for small values', () => {
		expect(formatters('en').kg(0.0123456)).toBe('0.0123 kg CO₂e');
	});
	it('formats percentages and dates per locale', () => {
		expect(formatters('fr').percent(0.61)).toBe('61\u00a0%');
		expect(formatters('en').percent(0.61)).toBe('61%');
		expect(formatters('fr').date('2026-03-14')).toBe('14 mars 2026');
	});
});
