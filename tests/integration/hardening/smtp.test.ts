/**
 * EMPREINTE_MAIL=smtp for real: the transport hands a message to nodemailer, which speaks SMTP to a
 * server. The server here is a stand-in written for this test (plain TCP, no TLS, no
 * authentication: enough of RFC 5321 for one message), not a mail server; it records what it is
 * told so that the test can read the message back.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpTransport } from '../../../src/lib/server/mail/smtp';

interface Received {
	from: string;
	to: string[];
	data: string;
}

function smtpStandIn(received: Received[]): Server {
	return createServer((socket) => {
		let buffer = '';
		let inData = false;
		let current: Received = { from: '', to: [], data: '' };
		const say = (line: string) => socket.write(line + '\r\n');
		say('220 stand-in ESMTP');
		socket.on('data', (chunk) => {
			buffer += chunk.toString('utf8');
			for (;;) {
				if (inData) {
					const end = buffer.indexOf('\r\n.\r\n');
					if (end < 0) return;
					current.data = buffer.slice(0, end);
					buffer = buffer.slice(end + 5);
					inData = false;
					received.push(current);
					current = { from: '', to: [], data: '' };
					say('250 queued');
					continue;
				}
				const nl = buffer.indexOf('\r\n');
				if (nl < 0) return;
				const line = buffer.slice(0, nl);
				buffer = buffer.slice(nl + 2);
				const verb = line.slice(0, 4).toUpperCase();
				if (verb === 'MAIL') current.from = line;
				else if (verb === 'RCPT') current.to.push(line);
				else if (verb === 'DATA') inData = true;
				const replies: Record<string, string> = {
					EHLO: '250 stand-in',
					HELO: '250 stand-in',
					MAIL: '250 ok',
					RCPT: '250 ok',
					DATA: '354 go on',
					RSET: '250 ok',
					NOOP: '250 ok',
					QUIT: '221 bye'
				};
				say(replies[verb] ?? '502 not here');
				if (verb === 'QUIT') socket.end();
			}
		});
	});
}

describe('SMTP transport (nodemailer, to a local stand-in)', () => {
	const received: Received[] = [];
	let server: Server;
	let port = 0;

	beforeAll(async () => {
		server = smtpStandIn(received);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		port = (server.address() as { port: number }).port;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('delivers a UTF-8 message with its sender, recipient, subject and link', async () => {
		const t = new SmtpTransport(`smtp://127.0.0.1:${port}`, 'Empreinte <no-reply@empreinte.test>');
		const link = 'https://empreinte.test/signup/confirm/abc-def-ghi';
		await t.send({
			to: 'zoé@compagnie.test',
			subject: 'Vérifiez votre adresse',
			text: `Bonjour,\n\nPour activer votre compte : ${link}\n`
		});
		expect(received).toHaveLength(1);
		const [m] = received;
		expect(m.from).toMatch(/no-reply@empreinte\.test/);
		expect(m.to.join(' ')).toMatch(/compagnie\.test/);
		// headers are MIME-encoded (UTF-8 subject); the body carries the link whole
		expect(m.data).toMatch(/^Subject: /m);
		expect(m.data).toMatch(/^From: Empreinte <no-reply@empreinte\.test>/m);
		expect(m.data.replace(/=\r\n/g, '')).toContain(link);
	});

	it('a refused connection fails the send with the cause, and the next send retries', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const deadPort = (closed.address() as { port: number }).port;
		await new Promise<void>((resolve) => closed.close(() => resolve()));
		const t = new SmtpTransport(`smtp://127.0.0.1:${deadPort}`, 'e@empreinte.test');
		await expect(t.send({ to: 'a@x.test', subject: 'S', text: 'T' })).rejects.toThrow(/ECONNREFUSED/);
	});
});
