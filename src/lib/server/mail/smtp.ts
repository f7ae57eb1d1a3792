/**
 * EMPREINTE_MAIL=smtp: sends through an SMTP server with nodemailer, a well-kept library that
 * handles what a hand-written client would get wrong (STARTTLS, authentication methods, MIME
 * encoding of UTF-8 headers, dot-stuffing, pooled connections).
 *
 * nodemailer (MIT-0, no dependencies of its own) is a dependency, loaded on first send only: an
 * instance without mail never reads it. Should the package be missing from an install, that send
 * fails with a message saying what to install. tests/integration/hardening/smtp.test.ts sends
 * through it to a local SMTP stand-in.
 */
import type { MailMessage, MailTransport } from './index';

interface NodemailerTransporter {
	sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}
interface Nodemailer {
	createTransport(url: string): NodemailerTransporter;
}

export const NODEMAILER = 'nodemailer';

export class SmtpTransport implements MailTransport {
	readonly mode = 'smtp' as const;
	readonly #url: string;
	readonly #from: string;
	readonly #load: (name: string) => Promise<unknown>;
	#transporter: Promise<NodemailerTransporter> | undefined;

	constructor(
		url: string,
		from: string,
		load: (name: string) => Promise<unknown> = (n) => import(/* @vite-ignore */ n)
	) {
		this.#url = url;
		this.#from = from;
		this.#load = load;
	}

	async #get(): Promise<NodemailerTransporter> {
		this.#transporter ??= this.#load(NODEMAILER).then(
			(mod) => {
				const m = ((mod as { default?: Nodemailer }).default ?? mod) as Nodemailer;
				return m.createTransport(this.#url);
			},
			(e: unknown) => {
				this.#transporter = undefined;
				throw new Error(
					`EMPREINTE_MAIL=smtp needs the nodemailer package: npm install nodemailer (${(e as Error).message})`,
					{ cause: e }
				);
			}
		);
		return this.#transporter;
	}

	async send(message: MailMessage): Promise<void> {
		const t = await this.#get();
		await t.sendMail({ from: this.#from, to: message.to, subject: message.subject, text: message.text });
	}
}
