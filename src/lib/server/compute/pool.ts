/**
 * A small pool of worker threads for heavy computations (./worker.ts). Bounded on every side:
 * `size` workers, at most `maxQueued` tasks waiting (more → BusyError, the API answers 503 with
 * Retry-After), and a per-task `timeoutMs` after which the worker is terminated and replaced.
 * Workers start lazily and are kept (loading the factor library costs ~0.3 s once per worker).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
	WORKER_MARK,
	WORKER_URL,
	runAny,
	type ComputeTask,
	type LiveOutcome,
	type LiveTask,
	type PoolOutcome,
	type PoolTask,
	type TaskOutcome
} from './worker';
import type { CompareOutcome, CompareTask } from '../compare-task';

export class BusyError extends Error {
	constructor() {
		super('compute queue full');
		this.name = 'BusyError';
	}
}

export class ComputeTimeoutError extends Error {
	constructor(ms: number) {
		super(`computation over ${ms} ms`);
		this.name = 'ComputeTimeoutError';
	}
}

/**
 * The workers' heap: a young generation large enough that one long tour's computation (the
 * 300-date benchmark tour allocates ~25 MB, keeps ~5 MB) is not copied around by the minor
 * collector mid-way; V8 grows the semi-spaces only when a worker needs them. Bounded: at most
 * this much more per worker (tests/bench/engine.bench.ts measures the engine with and without it).
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 192 } as const;

export interface PoolOptions {
	/** workers; 0 computes on the calling thread (tests, debugging) */
	size: number;
	maxQueued: number;
	timeoutMs: number;
}

interface Job {
	id: number;
	task: PoolTask;
	resolve: (o: PoolOutcome) => void;
	reject: (e: Error) => void;
}

interface Slot {
	worker: Worker;
	job: Job | null;
	timer: ReturnType<typeof setTimeout> | null;
}

export class ComputePool {
	readonly #opts: PoolOptions;
	readonly #slots: Slot[] = [];
	readonly #queue: Job[] = [];
	#next = 1;
	#closed = false;

	constructor(opts: PoolOptions) {
		this.#opts = opts;
	}

	get queued(): number {
		return this.#queue.length;
	}

	/** The queue is full: a new task would be refused (the API says so before reading the body). */
	get full(): boolean {
		return this.#opts.size > 0 && this.#queue.length >= this.#opts.maxQueued;
	}

	get busy(): number {
		return this.#slots.filter((s) => s.job).length;
	}

	run(task: ComputeTask): Promise<TaskOutcome>;
	run(task: LiveTask): Promise<LiveOutcome>;
	run(task: CompareTask): Promise<CompareOutcome>;
	run(task: PoolTask): Promise<PoolOutcome> {
		if (this.#opts.size === 0) return Promise.resolve().then(() => runAny(task));
		if (this.#closed) return Promise.reject(new Error('compute pool closed'));
		if (this.#queue.length >= this.#opts.maxQueued) return Promise.reject(new BusyError());
		return new Promise<PoolOutcome>((resolve, reject) => {
			this.#queue.push({ id: this.#next++, task, resolve, reject });
			this.#pump();
		});
	}

	async close(): Promise<void> {
		this.#closed = true;
		for (const j of this.#queue.splice(0)) j.reject(new Error('compute pool closed'));
		await Promise.all(this.#slots.splice(0).map((s) => s.worker.terminate()));
	}

	#pump(): void {
		while (this.#queue.length > 0) {
			let slot = this.#slots.find((s) => !s.job);
			if (!slot && this.#slots.length < this.#opts.size) slot = this.#spawn();
			if (!slot) return;
			const job = this.#queue.shift()!;
			slot.job = job;
			slot.timer = setTimeout(
				() => this.#fail(slot!, new ComputeTimeoutError(this.#opts.timeoutMs)),
				this.#opts.timeoutMs
			);
			slot.worker.postMessage({ id: job.id, task: job.task });
		}
	}

	#spawn(): Slot {
		const url = new URL(WORKER_URL);
		const workerData = { mark: WORKER_MARK };
		// The dev server and the tests run the TypeScript source: the worker loads it through
		// tsx's API, as the CLI does (Node 20 workers do not take `--import tsx` in execArgv).
		const worker = url.pathname.endsWith('.ts')
			? new Worker(
					`import(${JSON.stringify(pathToFileURL(createRequire(join(process.cwd(), 'x')).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs'))}).then((api) => api.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}));`,
					{ eval: true, workerData, resourceLimits: WORKER_RESOURCE_LIMITS }
				)
			: new Worker(url, { workerData, resourceLimits: WORKER_RESOURCE_LIMITS });
		const slot: Slot = { worker, job: null, timer: null };
		worker.on('message', (msg: { id: number; outcome?: PoolOutcome; error?: string }) => {
			const job = slot.job;
			if (!job || job.id !== msg.id) return;
			this.#done(slot);
			if (msg.outcome) job.resolve(msg.outcome);
			else job.reject(new Error(`compute worker: ${msg.error}`));
			this.#pump();
		});
		worker.on('error', (e) => this.#fail(slot, e));
		worker.on('exit', (code) => {
			if (slot.job) this.#fail(slot, new Error(`compute worker exited with code ${code}`));
			this.#remove(slot);
		});
		// after the listeners (adding a 'message' listener refs the port again): an idle pool never
		// keeps the process, or a test run, alive
		worker.unref();
		this.#slots.push(slot);
		return slot;
	}

	#done(slot: Slot): void {
		if (slot.timer) clearTimeout(slot.timer);
		slot.timer = null;
		slot.job = null;
	}

	/** A task failed or ran too long: reject it, drop the worker (it may be stuck), go on. */
	#fail(slot: Slot, e: Error): void {
		const job = slot.job;
		this.#done(slot);
		this.#remove(slot);
		void slot.worker.terminate();
		job?.reject(e);
		this.#pump();
	}

	#remove(slot: Slot): void {
		const i = this.#slots.indexOf(slot);
		if (i >= 0) this.#slots.splice(i, 1);
	}
}
