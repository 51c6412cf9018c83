// A long list rendered a screen at a time: the first items at once, the rest in chunks, each after
// a paint, so that /progression with 1,000 modules shows its first screen without waiting for
// the last row (issue 16).
import { untrack } from 'svelte';

/**
 * Runs `start` after the next paint (a frame, then a task once it is drawn); returns what cancels
 * the wait.
 */
export function afterPaint(start: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(start, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/** How many items of a long list are rendered so far. */
export class Reveal {
	/** Items to render now. */
	count = $state(0);
	readonly #chunk: number;

	/** `first` items at once, then `chunk` more after each paint. */
	constructor(first = 24, chunk = 200) {
		this.count = first;
		this.#chunk = chunk;
	}

	/**
	 * Reveals the rest of a list of `total` items, one chunk per frame; call it in an effect and
	 * return what it returns (it cancels the next chunk).
	 */
	follow(total: number): () => void {
		let cancel: (() => void) | undefined;
		const step = () => {
			const next = Math.min(total, untrack(() => this.count) + this.#chunk);
			this.count = next;
			if (next < total) cancel = afterPaint(step);
		};
		if (untrack(() => this.count) < total) cancel = afterPaint(step);
		return () => cancel?.();
	}
}
