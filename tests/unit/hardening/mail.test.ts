/** The mail module's configuration and its SMTP transport's use of nodemailer (issue 17). */
import { describe, expect, it } from 'vitest';
import { createTransport, readMailConfig } from '../../../src/lib/server/mail';
import { SmtpTransport } from '../../../src/lib/server/mail/smtp';
import { ConfigError } from '../../../src/lib/server/config';

describe('readMailConfig', () => {
	it('is off by default: no transport, so sign-up stays direct', () => {
		const c = readMailConfig({});
		expect(c.mode).toBe('off');
		expect(createTransport(c)).toBeNull();
	});

	it('outbox and smtp give their transports', () => {
		expect(createTransport(readMailConfig({ EMPREINTE_MAIL: 'outbox' }))?.mode).toBe('outbox');
		const smtp = readMailConfig({
			EMPREINTE_MAIL: 'SMTP',
			EMPREINTE_SMTP_URL: 'smtps://u:p@smtp.example.org:465',
			EMPREINTE_MAIL_FROM: 'Empreinte <no-reply@example.org>'
		});
		expect(smtp).toEqual({
			mode: 'smtp',
			smtpUrl: 'smtps://u:p@smtp.example.org:465',
			from: 'Empreinte <no-reply@example.org>'
		});
		expect(createTransport(smtp)?.mode).toBe('smtp');
	});

	it('names the variable when a value is wrong or missing', () => {
		expect(() => readMailConfig({ EMPREINTE_MAIL: 'sendmail' })).toThrow(/EMPREINTE_MAIL must be/);
		expect(() => readMailConfig({ EMPREINTE_MAIL: 'smtp', EMPREINTE_MAIL_FROM: 'a@b.c' })).toThrow(
			ConfigError
		);
		expect(() => readMailConfig({ EMPREINTE_MAIL: 'smtp', EMPREINTE_SMTP_URL: 'smtp://h' })).toThrow(
			/EMPREINTE_MAIL_FROM/
		);
	});
});

describe('SmtpTransport', () => {
	it('hands nodemailer the URL once and each message with the sender', async () => {
		const made: string[] = [];
		const sent: unknown[] = [];
		const fake = {
			createTransport: (url: string) => {
				made.push(url);
				return { sendMail: async (m: unknown) => void sent.push(m) };
			}
		};
		const t = new SmtpTransport('smtp://h:2525', 'E <e@x.org>', async () => ({ default: fake }));
		await t.send({ to: 'a@x.org', subject: 'S', text: 'T' });
		await t.send({ to: 'b@x.org', subject: 'S2', text: 'T2' });
		expect(made).toEqual(['smtp://h:2525']);
		expect(sent).toEqual([
			{ from: 'E <e@x.org>', to: 'a@x.org', subject: 'S', text: 'T' },
			{ from: 'E <e@x.org>', to: 'b@x.org', subject: 'S2', text: 'T2' }
		]);
	});

	it('says what to install when nodemailer is missing', async () => {
		const t = new SmtpTransport('smtp://h', 'e@x.org', async () => {
			throw new Error("Cannot find package 'nodemailer'");
		});
		await expect(t.send({ to: 'a@x.org', subject: 'S', text: 'T' })).rejects.toThrow(
			/npm install nodemailer/
		);
	});
});

describe('OutboxTransport', () => {
	it('keeps 30 days of messages: older ones go as new ones arrive', async () => {
		const { createTestDb } = await import('../../../src/lib/server/db/client');
		const { mailOutbox } = await import('../../../src/lib/server/db/schema/hardening');
		const { OutboxTransport, OUTBOX_KEEP_MS } = await import('../../../src/lib/server/mail/outbox');
		const db = await createTestDb();
		const old = new Date(Date.now() - OUTBOX_KEEP_MS - 1000);
		await db
			.insert(mailOutbox)
			.values({ id: 'old', toAddress: 'a@x.org', subject: 'S', textBody: 'T', createdAt: old });
		await new OutboxTransport(() => db).send({ to: 'b@x.org', subject: 'S', text: 'T' });
		const rows = await db.select().from(mailOutbox);
		expect(rows.map((r) => r.toAddress)).toEqual(['b@x.org']);
	});
});
