import { mayHoldProgress, whenIdle } from '$lib/progress';

// The learner state at the top of a module page needs the progress store, whose code (Dexie, the
// schemas) would double the page's JavaScript. A first visit has nothing to show: open the store
// only when this browser already holds progress, or once the quiz has opened it anyway.

let markOpened: () => void = () => {};
const opened = new Promise<void>((resolve) => (markOpened = resolve));

/** Called when the page's quiz opens the progress store: readers may follow at no cost. */
export function noteStoreOpened(): void {
	markOpened();
}

/**
 * A `StoreValue` `defer`: starts once the browser is idle if progress may be stored, or as soon
 * as the quiz opens the store; returns what cancels the wait.
 */
export function whenProgressMayExist(start: () => void): () => void {
	let done = false;
	const go = () => {
		if (done) return;
		done = true;
		start();
	};
	const cancelIdle = whenIdle(() => {
		void mayHoldProgress().then((may) => may && go());
	});
	void opened.then(go);
	return () => {
		done = true;
		cancelIdle();
	};
}
