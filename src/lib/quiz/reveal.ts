/** Room kept between what is revealed and the edges of the screen, in px. */
const MARGIN = 16;

/**
 * How far to scroll (px, positive = down) so that a block from `top` to `bottom` (viewport
 * coordinates) is on screen: nothing when it already is; its bottom at the screen's foot when it
 * fits; else its top at the screen's head, so the learner reads it from the start.
 */
export function revealDelta(top: number, bottom: number, viewportHeight: number): number {
	if (top >= 0 && bottom <= viewportHeight) return 0;
	const fits = bottom - top <= viewportHeight - 2 * MARGIN;
	return fits && top >= MARGIN ? bottom - viewportHeight + MARGIN : top - MARGIN;
}

/**
 * Scrolls so that the feedback and the buttons after it are in view (a phone shows the verdict
 * and « Question suivante » together); instantly when the learner asked for reduced motion.
 */
export function revealBlock(first: Element, last: Element): void {
	const top = first.getBoundingClientRect().top;
	const bottom = last.getBoundingClientRect().bottom;
	const delta = revealDelta(top, bottom, window.innerHeight);
	if (delta === 0) return;
	const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
	window.scrollBy({ top: delta, behavior: reduce ? 'instant' : 'smooth' });
}
