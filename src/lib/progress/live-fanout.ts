// One database watch shared by every live subscriber of a store: opened with the first, closed
// with the last, and a late subscriber gets the latest value at once.
import type { ProgressBackend } from './backend';
import type { ModuleData } from './model';
import type { RawProgressData } from './validate-stored';

/** A subscriber to the validated data of every module. */
export type LiveListener = (modules: ReadonlyMap<string, ModuleData>) => void;

/** Fans one `backend.watch` out to many listeners. */
export class LiveFanout {
	readonly #watch: ProgressBackend['watch'];
	readonly #validate: (raw: RawProgressData) => ReadonlyMap<string, ModuleData>;
	readonly #onError: (error: unknown) => void;
	#listeners = new Set<LiveListener>();
	#stopWatching: (() => void) | undefined;
	#latest: ReadonlyMap<string, ModuleData> | undefined;

	constructor(
		watch: ProgressBackend['watch'],
		validate: (raw: RawProgressData) => ReadonlyMap<string, ModuleData>,
		onError: (error: unknown) => void
	) {
		this.#watch = watch;
		this.#validate = validate;
		this.#onError = onError;
	}

	/** True once the data has been read and is followed (a new subscriber gets it at once). */
	get ready(): boolean {
		return this.#latest !== undefined;
	}

	/** Calls back with the data now (soon) and after every change; returns unsubscribe. */
	subscribe(listener: LiveListener): () => void {
		this.#listeners.add(listener);
		if (this.#stopWatching === undefined) {
			this.#stopWatching = this.#watch(
				(raw) => {
					const modules = this.#validate(raw);
					this.#latest = modules;
					for (const current of this.#listeners) current(modules);
				},
				(error) => this.#onError(error)
			);
		} else if (this.#latest !== undefined) {
			const latest = this.#latest;
			queueMicrotask(() => {
				if (this.#listeners.has(listener)) listener(latest);
			});
		}
		return () => {
			this.#listeners.delete(listener);
			if (this.#listeners.size === 0) this.close();
		};
	}

	/** Stops watching (the last listener left, or the store closes). */
	close(): void {
		if (!this.#stopWatching) return;
		this.#stopWatching();
		this.#stopWatching = undefined;
		this.#latest = undefined;
	}
}
