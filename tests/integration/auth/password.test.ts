import { parseOptions } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
	checkPasswordPolicy,
	hashPassword,
	PASSWORD_MIN_LENGTH,
	verifyPassword
} from '../../../src/lib/server/auth/password';

describe('passwords', () => {
	it('hashes with argon2id and a per-hash salt, never storing the password', async () => {
		const a = await hashPassword('correct horse battery');
		const b = await hashPassword('correct horse battery');
		expect(a).toMatch(/^\$argon2id\$/);
		expect(a).not.toContain('correct horse');
		expect(a).not.toBe(b);
		const opts = parseOptions(a);
		expect(opts.algorithm).toBe(2); // Argon2id
		expect(opts.memoryCost).toBeGreaterThanOrEqual(19456);
	});

	it('verifies the right password and refuses a wrong one or a malformed hash', async () => {
		const h = await hashPassword('correct horse battery');
		expect(await verifyPassword(h, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(h, 'correct horse batterY')).toBe(false);
		expect(await verifyPassword('not-a-hash', 'correct horse battery')).toBe(false);
	});

	it('treats composed and decomposed accents as the same password', async () => {
		const h = await hashPassword('théâtre en tournée');
		expect(await verifyPassword(h, 'the\u0301a\u0302tre en tourne\u0301e')).toBe(true);
	});

	it('requires a minimum length, counted in characters', () => {
		expect(PASSWORD_MIN_LENGTH).toBeGreaterThanOrEqual(10);
		expect(checkPasswordPolicy('short')).toBe('tooShort');
		expect(checkPasswordPolicy('é'.repeat(PASSWORD_MIN_LENGTH))).toBeNull();
		expect(checkPasswordPolicy('x'.repeat(300))).toBe('tooLong');
	});
});
