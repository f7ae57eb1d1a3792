/**
 * Passwords: argon2id (@node-rs/argon2) with the OWASP-recommended minimum parameters (19 MiB,
 * 2 passes, 1 lane). Length is the only composition rule (NIST SP 800-63B): at least 10
 * characters, at most 256 so that nobody can make the server hash megabytes.
 */
import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

const OPTIONS = {
	// 2 = Algorithm.Argon2id; the enum is `const` in the typings and cannot be imported at run time
	algorithm: 2,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1,
	outputLen: 32
} as const;

export type PasswordProblem = 'tooShort' | 'tooLong';

/** Returns why a new password is not acceptable, or null. */
export function checkPasswordPolicy(password: string): PasswordProblem | null {
	// count code points, not UTF-16 units, so that an accented password is not penalised
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
	if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFC'), OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	if (password.length > PASSWORD_MAX_LENGTH * 4) return false;
	try {
		return await verify(passwordHash, password.normalize('NFC'));
	} catch {
		// a malformed stored hash is a failed login, not a crash
		return false;
	}
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification: called when the email is unknown, so that the
 * response time does not tell whether an account exists.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
	dummyHash ??= hashPassword('not-a-real-password-for-timing-only');
	await verifyPassword(await dummyHash, password);
	return false;
}
