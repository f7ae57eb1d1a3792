// Loaded into the load bench's server (NODE_OPTIONS=--expose-gc --import=…): on SIGUSR2 it runs
// two full garbage collections and writes process.memoryUsage() to EMPREINTE_HEAP_PROBE. The heap
// left after a full collection is what the server RETAINS: it tells a leak from V8 keeping a high
// resident size after a burst (it gives memory back to the system lazily). Bench only.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.EMPREINTE_HEAP_PROBE;
if (isMainThread && out && typeof globalThis.gc === 'function') {
	process.on('SIGUSR2', () => {
		globalThis.gc();
		globalThis.gc();
		writeFileSync(out, JSON.stringify({ at: Date.now(), ...process.memoryUsage() }));
	});
}
