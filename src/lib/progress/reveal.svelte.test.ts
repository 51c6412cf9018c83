import { describe, expect, it, vi } from 'vitest';
import { Reveal } from './reveal.svelte';

describe('Reveal', () => {
	it('shows the first items at once, then the rest a chunk per frame, and can be stopped', async () => {
		const reveal = new Reveal(2, 3);
		const stop = reveal.follow(10);
		expect(reveal.count).toBe(2);
		await vi.waitFor(() => expect(reveal.count).toBe(5));
		await vi.waitFor(() => expect(reveal.count).toBe(10));
		stop();

		const stopped = new Reveal(2, 3);
		stopped.follow(10)();
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(stopped.count).toBe(2);
	});
});
