import 'fake-indexeddb/auto';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { openProgressStore } from './open-store';
import ModuleStatus from './ModuleStatus.svelte';
import StorageNotice from './StorageNotice.svelte';
import VideoWatchedToggle from './VideoWatchedToggle.svelte';

// The components share the page's store (global fake IndexedDB here), as on the site.

describe('ModuleStatus', () => {
	it('shows the status, then follows new attempts live', async () => {
		const { container } = render(ModuleStatus, { slug: 'statut-test' });
		await vi.waitFor(() => expect(container.textContent).toContain('Non commencé'));
		const store = await openProgressStore();
		await store.recordAttempt('statut-test', {
			startedAt: new Date(Date.now() - 60_000).toISOString(),
			endedAt: new Date().toISOString(),
			score: 4,
			total: 5,
			passed: true,
			quizHash: 'h',
			answers: []
		});
		await vi.waitFor(() => expect(container.textContent).toContain('Terminé'));
		expect(container.textContent).toContain('Meilleur score : 4/5 (80 %)');
	});
});

describe('VideoWatchedToggle', () => {
	it('saves the box and shows the stored state', async () => {
		render(VideoWatchedToggle, { slug: 'video-test' });
		const box = screen.getByLabelText('J’ai regardé la vidéo') as HTMLInputElement;
		expect(box.checked).toBe(false);
		await fireEvent.click(box);
		const store = await openProgressStore();
		await vi.waitFor(async () =>
			expect((await store.getModule('video-test')).videoWatched).toBe(true)
		);
		const again = render(VideoWatchedToggle, { slug: 'video-test' });
		const second = again.container.querySelector('input') as HTMLInputElement;
		await vi.waitFor(() => expect(second.checked).toBe(true));
	});
});

describe('StorageNotice', () => {
	it('renders empty live regions while all is well', async () => {
		const { container } = render(StorageNotice);
		await openProgressStore();
		expect(container.querySelector('[role="alert"]')).not.toBeNull();
		expect(container.querySelector('[role="status"]')?.textContent?.trim()).toBe('');
	});
});
