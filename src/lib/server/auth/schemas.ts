/**
 * Input shapes of the account and organisation forms (zod). Error messages are i18n keys
 * (src/lib/i18n/messages/auth.ts); `parseInput` turns a zod failure into a ValidationError whose
 * issues the routes return with fail(400, { values, issues }).
 *
 * Services parse their own input with these, so a caller that skips the form (a test, a script)
 * gets the same checks.
 */
import { z } from 'zod';
import { ORG_KINDS, ROLES } from '../db/schema/auth';
import { ValidationError, type Issue } from '../errors';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

const REQUIRED = 'common.form.required';

const codePoints = (s: string) => [...s].length;

export const DisplayName = z
	.string({ error: REQUIRED })
	.trim()
	.min(1, { error: REQUIRED })
	.max(80, { error: 'auth.errors.tooLong' });

export const Email = z
	.string({ error: REQUIRED })
	.trim()
	.toLowerCase()
	.min(1, { error: REQUIRED })
	.max(254, { error: 'auth.errors.emailInvalid' })
	.pipe(z.email({ error: 'auth.errors.emailInvalid' }));

export const NewPassword = z
	.string({ error: REQUIRED })
	.min(1, { error: REQUIRED })
	.refine((p) => codePoints(p) >= PASSWORD_MIN_LENGTH, {
		error: 'auth.errors.passwordTooShort',
		params: { min: PASSWORD_MIN_LENGTH }
	})
	.refine((p) => codePoints(p) <= PASSWORD_MAX_LENGTH, {
		error: 'auth.errors.passwordTooLong',
		params: { max: PASSWORD_MAX_LENGTH }
	});

export const SignUpInput = z.object({ displayName: DisplayName, email: Email, password: NewPassword });
export type SignUpInput = z.infer<typeof SignUpInput>;

export const LogInInput = z.object({
	email: z.string({ error: REQUIRED }).trim().toLowerCase().min(1, { error: REQUIRED }).max(254),
	password: z.string({ error: REQUIRED }).min(1, { error: REQUIRED })
});
export type LogInInput = z.infer<typeof LogInInput>;

export const ChangePasswordInput = z.object({
	current: z.string({ error: REQUIRED }).min(1, { error: REQUIRED }),
	next: NewPassword
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const DeleteAccountInput = z.object({
	password: z.string({ error: REQUIRED }).min(1, { error: REQUIRED }),
	// an unticked checkbox is absent from the form
	confirm: z.literal('on', { error: 'auth.account.delete.confirmRequired' })
});
export type DeleteAccountInput = z.infer<typeof DeleteAccountInput>;

export const OrgName = z
	.string({ error: REQUIRED })
	.trim()
	.min(1, { error: REQUIRED })
	.max(100, { error: 'auth.errors.tooLong' });

export const OrgKind = z.enum(ORG_KINDS, { error: 'auth.errors.kindInvalid' });
export const Role = z.enum(ROLES, { error: 'auth.errors.roleInvalid' });

export const CreateOrgInput = z.object({ name: OrgName, kind: OrgKind });
export type CreateOrgInput = z.infer<typeof CreateOrgInput>;

export const RenameOrgInput = z.object({ name: OrgName });
export type RenameOrgInput = z.infer<typeof RenameOrgInput>;

export const InviteInput = z.object({ role: Role });
export type InviteInput = z.infer<typeof InviteInput>;

export const ChangeRoleInput = z.object({ userId: z.string().min(1, { error: REQUIRED }), role: Role });
export type ChangeRoleInput = z.infer<typeof ChangeRoleInput>;

/** The first problem of each field, as an i18n key with its parameters. */
export function toIssues(error: z.ZodError): Record<string, Issue> {
	const issues: Record<string, Issue> = {};
	for (const i of error.issues) {
		const field = i.path.map(String).join('.');
		if (field in issues) continue;
		let params: Record<string, string | number> | undefined;
		if (i.code === 'too_big') params = { max: Number(i.maximum) };
		else if (i.code === 'too_small') params = { min: Number(i.minimum) };
		else if (i.code === 'custom' && i.params) params = i.params as Record<string, string | number>;
		// our messages are i18n keys; zod's own English defaults fall back to a generic message
		const key = /^[a-z]+(\.[\w-]+)+$/i.test(i.message) ? i.message : 'common.form.invalid';
		issues[field] = { key, params };
	}
	return issues;
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
	const r = schema.safeParse(input);
	if (!r.success) throw new ValidationError(toIssues(r.error));
	return r.data;
}

/** A form as plain strings (files and repeated fields are not part of these forms). */
export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [k, v] of form) if (typeof v === 'string') values[k] = v;
	return values;
}
