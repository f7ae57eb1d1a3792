import { describe, expect, it } from 'vitest';
import {
	detectPersonalColumns,
	looksLikeEmail,
	looksLikePhone,
	personalHeader,
	scrubCell
} from '../../../src/lib/audience/privacy';
import { filterPrivacy } from '../../../src/lib/audience/table';

describe('privacy filter', () => {
	it('recognises personal headers in French and English', () => {
		for (const [h, r] of [
			['Nom', 'name'],
			['Prénom', 'name'],
			['NOM PRENOM', 'name'],
			['Last name', 'name'],
			['Client', 'name'],
			['E-mail', 'email'],
			['Courriel', 'email'],
			['Email acheteur', 'email'],
			['Téléphone', 'phone'],
			['Tél. portable', 'phone'],
			['Adresse', 'address'],
			['Date de naissance', 'birth'],
			['Commentaires', 'freeText']
		])
			expect([h, personalHeader(h)]).toEqual([h, r]);
	});

	it('keeps headers about places, shows and counts', () => {
		for (const h of [
			'Nom de la commune',
			'Ville client',
			'Code postal acheteur',
			'Nombre de personnes',
			'Nom du spectacle',
			'Code postal (adresse)',
			'Mode de transport',
			'Quantité'
		])
			expect([h, personalHeader(h)]).toEqual([h, null]);
	});

	it('recognises e-mails and phone numbers by their content', () => {
		expect(looksLikeEmail('jean.dupont@example.org')).toBe(true);
		expect(looksLikeEmail('34000')).toBe(false);
		for (const p of [
			'06 12 34 56 78',
			'06.12.34.56.78',
			'+33 6 12 34 56 78',
			'0033612345678',
			'+44 20 7946 0958'
		])
			expect([p, looksLikePhone(p)]).toEqual([p, true]);
		for (const p of ['34000', '1234567890', '2026-03-14', '12,5'])
			expect([p, looksLikePhone(p)]).toEqual([p, false]);
		expect(scrubCell('06 12 34 56 78')).toBe('');
		expect(scrubCell('Montpellier')).toBe('Montpellier');
	});

	it('drops a column by content when enough of its values are contacts, and says so', () => {
		const dropped = detectPersonalColumns(
			['Col A', 'Info', 'CP'],
			(j) =>
				[
					['a@b.fr', 'c@d.fr', '', 'x'],
					['06 12 34 56 78', 'rien', 'rien', 'rien', '07 11 22 33 44'],
					['34000', '34000']
				][j]
		);
		expect(dropped).toEqual([
			{ header: 'Col A', reason: 'email', byContent: true },
			{ header: 'Info', reason: 'phone', byContent: true }
		]);
	});

	it('filters a table: personal columns gone, stray contacts blanked and counted', () => {
		const out = filterPrivacy({
			headers: ['Nom', 'CP', 'Mode'],
			lines: [2, 3, 4],
			columns: [
				['Dupont', 'Durand', 'Martin'],
				['34000', 'jean@x.fr', '30000'],
				['voiture', 'bus', '06 12 34 56 78']
			]
		});
		expect(out.dropped).toEqual([{ header: 'Nom', reason: 'name', byContent: false }]);
		expect(out.table.headers).toEqual(['CP', 'Mode']);
		expect(out.table.columns).toEqual([
			['34000', '', '30000'],
			['voiture', 'bus', '']
		]);
		expect(out.scrubbed).toBe(2);
	});
});
