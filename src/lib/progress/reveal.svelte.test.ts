import { afterEach, describe, expect, it, vi } from 'vitest';
import { Reveal } from './reveal.svelte';

afterEach(() => {
	vi.useRealTimers();
});

describe('Reveal', () => {
	it('shows the first items at once, then the rest a chunk per frame, and can be stopped', () => {
		vi.useFakeTimers({
			toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout']
		});
		const reveal = new Reveal(2, 3);
		const stop = reveal.follow(10);
		expect(reveal.count).toBe(2);
		const counts: number[] = [];
		for (let frame = 0; frame < 5; frame += 1) {
			vi.advanceTimersByTime(20);
			counts.push(reveal.count);
		}
		expect(counts).toEqual([5, 8, 10, 10, 10]);
		stop();

		const stopped = new Reveal(2, 3);
		stopped.follow(10)();
		vi.advanceTimersByTime(100);
		expect(stopped.count).toBe(2);
	});
});
