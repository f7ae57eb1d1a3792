/**
 * QR codes of public URLs (a training session's join link), rendered on the server as SVG: no
 * script, prints and projects sharply, works offline. Kept per URL because the trainer's board
 * re-runs its load every few seconds and a code rarely changes; no data of anyone's is in them.
 */
import QRCode from 'qrcode';
import { BoundedCache, stringBytes } from './bounded-cache';

export const qrCache = new BoundedCache<string, string>({
	maxEntries: 500,
	maxWeight: 4 * 1024 * 1024,
	weigh: stringBytes
});

export async function qrSvg(url: string): Promise<string> {
	let qr = qrCache.get(url);
	if (!qr) {
		qr = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
		qrCache.set(url, qr);
	}
	return qr;
}
