// VideoWatchedToggle on the page's own store (global fake IndexedDB, as on the site). The store is
// opened before the click, so the test never races its lazy loading.
import 'fake-indexeddb/auto';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { openProgressStore } from './open-store';
import VideoWatchedToggle from './VideoWatchedToggle.svelte';

describe('VideoWatchedToggle', () => {
	it('saves the box and shows the stored state', async () => {
		const store = await openProgressStore();
		render(VideoWatchedToggle, { slug: 'video-test' });
		const box = screen.getByLabelText('J’ai regardé la vidéo') as HTMLInputElement;
		expect(box.checked).toBe(false);
		await fireEvent.click(box);
		await vi.waitFor(async () =>
			expect((await store.getModule('video-test')).videoWatched).toBe(true)
		);
		await vi.waitFor(() => expect(box.checked).toBe(true));
		const again = render(VideoWatchedToggle, { slug: 'video-test' });
		const second = again.container.querySelector('input') as HTMLInputElement;
		await vi.waitFor(() => expect(second.checked).toBe(true));
	});

	it('follows a change made elsewhere (another tab)', async () => {
		const store = await openProgressStore();
		await store.markVideoWatched('video-ailleurs', true);
		const { container } = render(VideoWatchedToggle, { slug: 'video-ailleurs' });
		const box = container.querySelector('input') as HTMLInputElement;
		await vi.waitFor(() => expect(box.checked).toBe(true));
		await store.markVideoWatched('video-ailleurs', false);
		await vi.waitFor(() => expect(box.checked).toBe(false));
	});
});
