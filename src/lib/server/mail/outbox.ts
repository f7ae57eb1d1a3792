/** EMPREINTE_MAIL=outbox: messages are rows of mail_outbox, read by the tests (and by hand). */
import { desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { mailOutbox } from '../db/schema/hardening';
import type { MailMessage, MailTransport } from './index';

/** Messages older than this are deleted as new ones arrive: the table does not grow without end. */
export const OUTBOX_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export class OutboxTransport implements MailTransport {
	readonly mode = 'outbox' as const;
	readonly #db: () => Db;

	constructor(db: () => Db) {
		this.#db = db;
	}

	async send(message: MailMessage): Promise<void> {
		const now = new Date();
		const db = this.#db();
		await db.delete(mailOutbox).where(lt(mailOutbox.createdAt, new Date(now.getTime() - OUTBOX_KEEP_MS)));
		await db.insert(mailOutbox).values({
			id: crypto.randomUUID(),
			toAddress: message.to,
			subject: message.subject,
			textBody: message.text,
			createdAt: now
		});
	}
}

/** Messages sent to an address, newest first. */
export async function outboxFor(db: Db, to: string): Promise<MailMessage[]> {
	const rows = await db
		.select()
		.from(mailOutbox)
		.where(eq(mailOutbox.toAddress, to))
		.orderBy(desc(mailOutbox.createdAt));
	return rows.map((r) => ({ to: r.toAddress, subject: r.subject, text: r.textBody }));
}
