// VideoWatchedToggle with an injected store (a real one over memory) whose opening the test
// releases: no race against the lazy loading, and a click made while the store is still opening
// can be checked.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { componentTestStore, type ComponentTestStore } from './component-test-store';
import VideoWatchedToggle from './VideoWatchedToggle.svelte';

const current = vi.hoisted(() => ({
	test: undefined as ComponentTestStore | undefined,
	opening: undefined as Promise<unknown> | undefined
}));
vi.mock('./open-store', () => ({
	openProgressStore: async () => {
		await current.opening;
		return current.test!.store;
	}
}));

let release: () => void;

beforeEach(async () => {
	current.test = await componentTestStore();
	current.opening = new Promise<void>((resolve) => (release = resolve));
});

afterEach(() => current.test?.store.close());

describe('VideoWatchedToggle', () => {
	it('saves the box and shows the stored state', async () => {
		release();
		const store = current.test!.store;
		render(VideoWatchedToggle, { slug: 'video-test' });
		const box = screen.getByLabelText('J’ai regardé la vidéo') as HTMLInputElement;
		expect(box.checked).toBe(false);
		await fireEvent.click(box);
		await vi.waitFor(async () =>
			expect((await store.getModule('video-test')).videoWatched).toBe(true)
		);
		expect(box.checked).toBe(true);
		const again = render(VideoWatchedToggle, { slug: 'video-test' });
		const second = again.container.querySelector('input') as HTMLInputElement;
		await vi.waitFor(() => expect(second.checked).toBe(true));
	});

	it('keeps a click made while the store is still opening', async () => {
		render(VideoWatchedToggle, { slug: 'video-tot' });
		const box = screen.getByLabelText('J’ai regardé la vidéo') as HTMLInputElement;
		await fireEvent.click(box);
		expect(box.checked).toBe(true);
		release();
		await current.opening;
		await tick();
		expect(box.checked).toBe(true);
		await vi.waitFor(async () =>
			expect((await current.test!.store.getModule('video-tot')).videoWatched).toBe(true)
		);
		expect(box.checked).toBe(true);
	});

	it('follows a change made elsewhere (another tab)', async () => {
		release();
		const store = current.test!.store;
		await store.markVideoWatched('video-ailleurs', true);
		const { container } = render(VideoWatchedToggle, { slug: 'video-ailleurs' });
		const box = container.querySelector('input') as HTMLInputElement;
		await vi.waitFor(() => expect(box.checked).toBe(true));
		await store.markVideoWatched('video-ailleurs', false);
		await vi.waitFor(() => expect(box.checked).toBe(false));
	});

	it('puts the box back and says so when the choice cannot be saved', async () => {
		release();
		current.test!.quotaFull = true;
		render(VideoWatchedToggle, { slug: 'video-plein' });
		const box = screen.getByLabelText('J’ai regardé la vidéo') as HTMLInputElement;
		await fireEvent.click(box);
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toContain('L’espace de stockage');
		expect(box.checked).toBe(false);
	});
});
