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
			{ header: 'Col A', reason: 'email', byContent: true, keepable: false },
			{ header: 'Info', reason: 'phone', byContent: true, keepable: false }
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
		expect(out.dropped).toEqual([{ header: 'Nom', reason: 'name', byContent: false, keepable: true }]);
		expect(out.kept).toEqual([]);
		expect(out.table.headers).toEqual(['CP', 'Mode']);
		expect(out.table.columns).toEqual([
			['34000', '', '30000'],
			['voiture', 'bus', '']
		]);
		expect(out.scrubbed).toBe(2);
	});

	it('judges « Comment êtes-vous venu ? » by its content: mode labels, kept', () => {
		const modes = ['Voiture', 'À pied', 'Covoiturage', 'Bus', 'Vélo', 'Voiture', 'Tram', 'voiture'];
		const out = filterPrivacy({
			headers: ['Comment êtes-vous venu ?', 'Commentaires', 'Code postal'],
			lines: modes.map((_, i) => i + 2),
			columns: [
				modes,
				modes.map((_, i) =>
					i % 2 ? '' : `Très beau spectacle, merci à toute l’équipe pour la soirée numéro ${i}`
				),
				modes.map(() => '34000')
			]
		});
		expect(out.table.headers).toEqual(['Comment êtes-vous venu ?', 'Code postal']);
		expect(out.dropped).toEqual([
			{ header: 'Commentaires', reason: 'freeText', byContent: true, keepable: true }
		]);
	});

	it('drops long free text whatever its header, but not a mode column with a few long answers', () => {
		const long = (i: number) => `je suis venue avec ma sœur et ses enfants depuis chez elle ${i}`;
		const dropped = detectPersonalColumns(['Q12', 'Moyen'], (j) =>
			j === 0
				? [long(1), long(2), 'oui', long(3)]
				: ['Voiture', 'Bus', 'Voiture', 'Autre : en voiture avec des amis puis à pied depuis le parking']
		);
		expect(dropped).toEqual([{ header: 'Q12', reason: 'freeText', byContent: true, keepable: true }]);
	});

	it('a « name » header whose values are mode labels or numbers is not personal; contacts headers stay dropped', () => {
		const dropped = detectPersonalColumns(
			['Nom du mode', 'Client', 'Téléphone', 'Naissance'],
			(j) =>
				[
					['Voiture', 'Train', 'À pied'],
					['2', '3', '1'],
					['612345678', '712345678'], // Excel ate the 0: still a phone column by its header
					['1980', '1975']
				][j]
		);
		expect(dropped.map((d) => [d.header, d.reason])).toEqual([
			['Téléphone', 'phone'],
			['Naissance', 'birth']
		]);
	});

	it('lets the user keep a proposed column, never an e-mail column found by content', () => {
		const table = {
			headers: ['Nom', 'Contact'],
			lines: [2, 3],
			columns: [
				['Voiture partagée avec Paul', 'Dupont'],
				['a@b.fr', 'c@d.fr']
			]
		};
		const out = filterPrivacy(table, ['Nom', 'Contact']);
		expect(out.table.headers).toEqual(['Nom']);
		expect(out.kept.map((d) => d.header)).toEqual(['Nom']);
		expect(out.dropped.map((d) => d.header)).toEqual(['Contact']);
		// the caller's table is left whole, so the user can change their mind
		expect(table.columns[1]).toEqual(['a@b.fr', 'c@d.fr']);
	});
});
