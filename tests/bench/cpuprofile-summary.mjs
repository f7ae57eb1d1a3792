// Summarises a V8 .cpuprofile (node --cpu-prof): top functions by self time and by inclusive
// time (each function counted once per sample), and by script.
// Usage: node cpuprofile-summary.mjs FILE [N] [SKIP_MS] (SKIP_MS: leave out the first milliseconds, e.g. start-up)
import { readFileSync } from 'node:fs';

const [file, n = '30', skip = '0'] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const parent = new Map();
for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const dt = new Map();
let at = 0;
for (let i = 0; i < prof.samples.length; i++) {
	const d = prof.timeDeltas[i + 1] ?? 0;
	at += prof.timeDeltas[i] ?? 0;
	if (at < Number(skip) * 1000) continue;
	dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + d);
}
const name = (x) => {
	const f = x.callFrame;
	const url = f.url.replace(/^.*\/(build|node_modules)\//, '$1/');
	return `${f.functionName || '(anon)'} ${url}:${f.lineNumber + 1}`;
};
const self = new Map();
const incl = new Map();
const scripts = new Map();
let total = 0;
for (const [id, us] of dt) {
	total += us;
	const x = byId.get(id);
	self.set(name(x), (self.get(name(x)) ?? 0) + us);
	const u = x.callFrame.url.replace(/^.*\/(build|node_modules)\//, '$1/') || x.callFrame.functionName;
	scripts.set(u, (scripts.get(u) ?? 0) + us);
	const seen = new Set();
	for (let p = id; p !== undefined; p = parent.get(p)) {
		const k = name(byId.get(p));
		if (seen.has(k)) continue;
		seen.add(k);
		incl.set(k, (incl.get(k) ?? 0) + us);
	}
}
const top = (m, title) => {
	console.log(`\n## ${title} (total ${(total / 1000).toFixed(0)} ms)`);
	for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(n)))
		console.log(
			`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`
		);
};
top(self, 'self time');
top(incl, 'inclusive time');
top(scripts, 'self time by script');
