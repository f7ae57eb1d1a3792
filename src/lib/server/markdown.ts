/**
 * Markdown to HTML for the method pages and the training briefs, with `marked`. Raw HTML in the
 * source is shown as text, never passed through: a trainer's own brief is user input, and our own
 * pages do not need it. Links keep only http(s), mailto and same-site targets.
 */
import { Marked } from 'marked';

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const md = new Marked({
	gfm: true,
	renderer: {
		html(token) {
			return escapeHtml(token.text);
		},
		link(token) {
			const href = /^(https?:|mailto:|\/|#)/i.test(token.href) ? token.href : '#';
			const text = this.parser.parseInline(token.tokens);
			return `<a href="${escapeHtml(href)}">${text}</a>`;
		}
	}
});

export function renderMarkdown(source: string): string {
	return md.parse(source, { async: false });
}
