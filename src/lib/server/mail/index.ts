/**
 * Outgoing e-mail (issue 17): sign-up confirmation and password reset links. One interface,
 * three modes chosen by the environment:
 *
 * | EMPREINTE_MAIL | what happens to a message                                                  |
 * | -------------- | --------------------------------------------------------------------------- |
 * | `off` (default)| no mail: sign-up creates the account at once (and so reveals a taken address) |
 * | `outbox`       | stored in the table mail_outbox (tests; an operator may read it by hand)     |
 * | `smtp`         | sent through EMPREINTE_SMTP_URL (smtp:// or smtps://user:pass@host:port)     |
 *
 * EMPREINTE_MAIL_FROM is the sender (required for smtp; a neutral default otherwise).
 */
import { ConfigError } from '../config';
import { getDb } from '../db';
import { OutboxTransport } from './outbox';
import { SmtpTransport } from './smtp';

export interface MailMessage {
	to: string;
	subject: string;
	/** plain text, UTF-8: links stay clickable in every client and nothing needs escaping */
	text: string;
}

export interface MailTransport {
	readonly mode: Exclude<MailMode, 'off'>;
	send(message: MailMessage): Promise<void>;
}

export const MAIL_MODES = ['off', 'outbox', 'smtp'] as const;
export type MailMode = (typeof MAIL_MODES)[number];

export interface MailConfig {
	mode: MailMode;
	from: string;
	smtpUrl: string | undefined;
}

const DEFAULT_FROM = 'Empreinte <no-reply@empreinte.invalid>';

export function readMailConfig(env: Record<string, string | undefined> = process.env): MailConfig {
	const raw = env.EMPREINTE_MAIL?.trim().toLowerCase() || 'off';
	if (!(MAIL_MODES as readonly string[]).includes(raw)) {
		throw new ConfigError(`EMPREINTE_MAIL must be off, outbox or smtp (got "${env.EMPREINTE_MAIL}")`);
	}
	const mode = raw as MailMode;
	const from = env.EMPREINTE_MAIL_FROM?.trim() || '';
	const smtpUrl = env.EMPREINTE_SMTP_URL?.trim() || undefined;
	if (mode === 'smtp') {
		if (!smtpUrl || !/^smtps?:\/\/[^/]+/.test(smtpUrl)) {
			throw new ConfigError(
				'EMPREINTE_MAIL=smtp needs EMPREINTE_SMTP_URL, e.g. smtps://user:password@smtp.example.org:465'
			);
		}
		if (!from)
			throw new ConfigError(
				'EMPREINTE_MAIL=smtp needs EMPREINTE_MAIL_FROM, e.g. Empreinte <no-reply@example.org>'
			);
	}
	return { mode, from: from || DEFAULT_FROM, smtpUrl };
}

/** The transport a config asks for, or null when mail is off. */
export function createTransport(config: MailConfig, db = getDb): MailTransport | null {
	switch (config.mode) {
		case 'off':
			return null;
		case 'outbox':
			return new OutboxTransport(db);
		case 'smtp':
			return new SmtpTransport(config.smtpUrl!, config.from);
	}
}

let configured: { transport: MailTransport | null } | undefined;

/** The process's transport, from the environment on first use; null when EMPREINTE_MAIL is off. */
export function mailer(): MailTransport | null {
	configured ??= { transport: createTransport(readMailConfig()) };
	return configured.transport;
}
