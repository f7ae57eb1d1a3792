/**
 * EMPREINTE_MAIL=smtp: sends through an SMTP server with nodemailer, a well-kept library that
 * handles what a hand-written client would get wrong (STARTTLS, authentication methods, MIME
 * encoding of UTF-8 headers, dot-stuffing, pooled connections).
 *
 * nodemailer is NOT a dependency yet (issue 17 leaves adding it to the lead): it is loaded on
 * first send, by a name the bundler does not follow, and a missing package fails that send with
 * a message saying what to install. `npm install nodemailer@10.6.0` (Node >= 20, MIT-0, no
 * dependencies) makes this transport work without another change.
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
					`EMPREINTE_MAIL=smtp needs the nodemailer package: npm install nodemailer@10.6.0 (${(e as Error).message})`,
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
