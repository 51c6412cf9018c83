// The one lifecycle of every component that shows stored progress: open the page's store (lazily
// loaded), subscribe, and unsubscribe when the component goes. Built on createSubscriber, so the
// subscription lives exactly as long as something on screen reads the value.
import { createSubscriber } from 'svelte/reactivity';
import type { ProgressStore } from './api';
import { openProgressStore } from './open-store';

/** Subscribes to the store, calls `set` with each value, returns the unsubscribe function. */
export type StoreConnect<T> = (store: ProgressStore, set: (value: T) => void) => () => void;

/** How and when a `StoreValue` opens the store. */
export interface StoreValueOptions {
	/** The store to follow (tests); the page's shared store by default. */
	open?: () => Promise<ProgressStore>;
	/** Delays the opening (`whenIdle`); returns what cancels the wait. */
	defer?: (start: () => void) => () => void;
}

/**
 * A value read from the progress store and kept up to date while it is shown: the store opens on
 * the first read in an effect or the template, and the subscription ends once nothing reads it
 * (a microtask after the last reader goes). During prerendering it keeps its initial value.
 */
export class StoreValue<T> {
	// Only the value bumps the subscriber's version: an update when the store merely opens would
	// re-run readers and drop what they override (the video box the learner just ticked).
	#value: T;
	#store = $state.raw<ProgressStore | null>(null);
	#failed = $state(false);
	readonly #subscribe: () => void;

	constructor(initial: T, connect: StoreConnect<T>, options: StoreValueOptions = {}) {
		this.#value = initial;
		const open = options.open ?? openProgressStore;
		this.#subscribe = createSubscriber((update) => {
			let stop: (() => void) | undefined;
			let cancelled = false;
			const start = () => {
				void open().then(
					(store) => {
						if (cancelled) return;
						this.#store = store;
						stop = connect(store, (value) => {
							this.#value = value;
							update();
						});
					},
					() => {
						if (!cancelled) this.#failed = true;
					}
				);
			};
			const cancelWait = options.defer?.(start);
			if (!options.defer) start();
			return () => {
				cancelled = true;
				cancelWait?.();
				stop?.();
			};
		});
	}

	/** The latest value (the initial one until the store answers). */
	get current(): T {
		this.#subscribe();
		return this.#value;
	}

	/** The opened store, for actions; null until it is open. */
	get store(): ProgressStore | null {
		this.#subscribe();
		return this.#store;
	}

	/** True when the store's code could not be downloaded (offline after a deployment). */
	get failed(): boolean {
		this.#subscribe();
		return this.#failed;
	}
}

/**
 * Runs `start` once the browser is idle after the first paint (at most 3 s later), or after 300 ms
 * where requestIdleCallback is missing (Safari); returns what cancels the wait.
 */
export function whenIdle(start: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(start, { timeout: 3000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(start, 300);
	return () => clearTimeout(id);
}
