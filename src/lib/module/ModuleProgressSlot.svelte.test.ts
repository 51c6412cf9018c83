import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleQuiz } from '$lib/quiz/sample-quiz';
import ModuleProgressSlot from './ModuleProgressSlot.svelte';

// jsdom has no IntersectionObserver: the part never comes "near the screen" here, so only focus
// or "Commencer" loads the live code.
class NoIntersection {
	observe(): void {}
	disconnect(): void {}
}

// The live part is imported on demand; compiling it on first use can take seconds on a busy
// machine, so it is compiled once before the tests. Opening the store (fake IndexedDB) still
// takes its time: the waits for the live quiz allow it 10 s.
const LIVE = { timeout: 10_000 };
beforeAll(async () => {
	await import('./ModuleProgressLive.svelte');
}, 60_000);
afterEach(() => vi.unstubAllGlobals());

const liveQuiz = () => document.getElementById(`quiz-${sampleQuiz.slug}-title`)?.closest('section');

describe('ModuleProgressSlot', () => {
	it(
		'shows the quiz intro before any code loads, then the live quiz once focused',
		{ timeout: 20_000 },
		async () => {
			vi.stubGlobal('IntersectionObserver', NoIntersection);
			render(ModuleProgressSlot, { slug: sampleQuiz.slug, quiz: sampleQuiz });
			expect(screen.getByRole('button', { name: 'Commencer' })).toBeTruthy();
			expect(liveQuiz()).toBeFalsy();
			expect(screen.queryByLabelText('J’ai regardé la vidéo')).toBeNull();

			screen.getByRole('button', { name: 'Commencer' }).focus();
			await vi.waitFor(() => expect(liveQuiz()).toBeTruthy(), LIVE);
			expect(screen.getByLabelText('J’ai regardé la vidéo')).toBeTruthy();
		}
	);

	it(
		'keeps focus on "Commencer" when the live quiz replaces the placeholder',
		{ timeout: 20_000 },
		async () => {
			vi.stubGlobal('IntersectionObserver', NoIntersection);
			render(ModuleProgressSlot, { slug: sampleQuiz.slug, quiz: sampleQuiz });
			const placeholder = screen.getByRole('button', { name: 'Commencer' });
			placeholder.focus();
			await vi.waitFor(() => expect(liveQuiz()).toBeTruthy(), LIVE);
			expect(placeholder.isConnected).toBe(false);
			await vi.waitFor(() => {
				const live = screen.getByRole('button', { name: 'Commencer' });
				expect(liveQuiz()?.contains(live)).toBe(true);
				expect(document.activeElement).toBe(live);
			});
		}
	);
});
