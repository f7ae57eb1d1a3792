/**
 * Server side of PlaceField: turns the submitted `<name>Id` / `<name>Choice` / `<name>Text` into
 * one gazetteer place, or an issue with the ranked candidates to choose from. A clear best match
 * (the only one, or one the gazetteer's ambiguity rule does not question: src/lib/geo/search.ts) is
 * taken; otherwise the user chooses among the candidates, the best first — never silently the wrong
 * Saint-Denis or Brest.
 */
import { ambiguity } from '../geo/search';
import { placeLabel } from '../geo/store';
import { getGazetteer, type Place } from './geo/index';
import type { Issue } from './errors';

export type PlaceFieldResult =
	| { ok: true; place: Place }
	| { ok: false; issue: Issue; candidates: { id: string; label: string }[]; text: string };

/** `locale` names a foreign country in the candidates' labels in the reader's language. */
export function resolvePlaceField(
	form: Record<string, string>,
	name: string,
	locale = 'fr'
): PlaceFieldResult {
	const gaz = getGazetteer();
	const text = (form[`${name}Text`] ?? '').trim();
	for (const key of [`${name}Id`, `${name}Choice`]) {
		const id = form[key]?.trim();
		if (id) {
			const place = gaz.get(id);
			if (place) return { ok: true, place };
		}
	}
	if (!text) return { ok: false, issue: { key: 'common.form.required' }, candidates: [], text };
	const hits = gaz.search(text, { limit: 6 });
	if (hits.length === 0)
		return { ok: false, issue: { key: 'tours.place.notFound', params: { text } }, candidates: [], text };
	const [first, second] = hits;
	const clear =
		hits.length === 1 || (first.match !== 'fuzzy' && (second.match === 'fuzzy' || !ambiguity(hits)));
	if (clear) return { ok: true, place: first };
	return {
		ok: false,
		issue: { key: 'tours.place.ambiguous', params: { text } },
		candidates: hits.map((h) => ({ id: h.id, label: placeLabel(h, locale) })),
		text
	};
}
