import { describe, expect, it } from 'vitest';
import { revealDelta } from './reveal';

describe('revealDelta', () => {
	it('does not move what is already on screen', () => {
		expect(revealDelta(100, 700, 844)).toBe(0);
	});

	it('brings a block below the fold up until its bottom shows', () => {
		// Feedback from 600 to 1100 px: 500 px tall, fits in 844 px.
		expect(revealDelta(600, 1100, 844)).toBe(1100 - 844 + 16);
	});

	it('shows the top of a block taller than the screen', () => {
		expect(revealDelta(600, 2000, 844)).toBe(600 - 16);
	});

	it('shows the top of a block that starts above the screen', () => {
		expect(revealDelta(-200, 300, 844)).toBe(-216);
	});
});
