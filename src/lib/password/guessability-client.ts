/**
 * Main-thread side of the guessability worker: creates it on demand, coalesces requests so that
 * only the latest password is scored, and drops stale answers.
 */
import type { GuessabilityRequest, GuessabilityResult } from './guessability';

/** Minimal surface of a Worker, so tests can pass a fake. */
export interface WorkerLike {
	postMessage(message: GuessabilityRequest): void;
	terminate(): void;
	onmessage: ((event: MessageEvent) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

/** Engine state, exposed to the UI as `data-engine`. */
export type EngineState = 'idle' | 'loading' | 'ready' | 'unavailable';

/** Callbacks the UI gives the client. */
export interface GuessabilityListener {
	onEngine(state: EngineState): void;
	onResult(result: GuessabilityResult): void;
}

/** Creates the same-origin module worker (Vite bundles it as a separate file). */
export function createGuessabilityWorker(): WorkerLike | null {
	if (typeof Worker === 'undefined') return null;
	return new Worker(new URL('./guessability.worker.ts', import.meta.url), {
		type: 'module',
		name: 'devinabilite'
	}) as unknown as WorkerLike;
}

/** Schedules the latest password for scoring; at most one request is in flight. */
export class GuessabilityClient {
	#worker: WorkerLike | null | undefined;
	#nextId = 1;
	#inFlight = false;
	#pending: GuessabilityRequest | null = null;
	#latestId = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly listener: GuessabilityListener,
		private readonly factory: () => WorkerLike | null = createGuessabilityWorker,
		private readonly debounceMs = 150
	) {}

	/** Starts the worker (and so the dictionary download) if not yet started. */
	start(): void {
		if (this.#worker !== undefined) return;
		let worker: WorkerLike | null = null;
		try {
			worker = this.factory();
		} catch {
			worker = null;
		}
		this.#worker = worker;
		if (!worker) {
			this.listener.onEngine('unavailable');
			return;
		}
		this.listener.onEngine('loading');
		worker.onmessage = (event) => this.#receive(event.data);
		worker.onerror = () => {
			this.#inFlight = false;
			this.listener.onEngine('unavailable');
		};
	}

	/** Asks for a score of `password`; returns the request id (the latest one wins). */
	request(password: string, userInputs: string[]): number {
		this.start();
		const id = this.#nextId++;
		this.#latestId = id;
		this.#pending = { id, password, userInputs };
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#flush(), this.debounceMs);
		return id;
	}

	/** Forgets any queued password (e.g. the field was emptied). */
	cancel(): void {
		clearTimeout(this.#timer);
		this.#pending = null;
		this.#latestId = this.#nextId++;
	}

	/** Id of the most recent request: results with another id are stale. */
	get latestId(): number {
		return this.#latestId;
	}

	/** Stops the worker and drops everything queued. */
	dispose(): void {
		clearTimeout(this.#timer);
		this.#pending = null;
		this.#worker?.terminate();
		this.#worker = null;
	}

	#flush(): void {
		if (this.#inFlight || !this.#pending || !this.#worker) return;
		const request = this.#pending;
		this.#pending = null;
		this.#inFlight = true;
		this.#worker.postMessage(request);
	}

	#receive(data: unknown): void {
		if (!data || typeof data !== 'object') return;
		if ('ready' in data) {
			this.listener.onEngine(data.ready ? 'ready' : 'unavailable');
			return;
		}
		this.#inFlight = false;
		const current = 'id' in data && data.id === this.#latestId;
		if ('error' in data) {
			if (current) this.listener.onEngine('unavailable');
		} else if (current) {
			this.listener.onResult(data as GuessabilityResult);
		}
		this.#flush();
	}
}
