// The store's finished attempts and the video checkbox.
// Dexie's liveQuery only runs when a global indexedDB exists; each test still uses its own.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { NewAttempt } from './records';
import { attempt, closingAfterEach, SLUG } from './store-test-helpers';

const open = closingAfterEach();

describe('attempts', () => {
	it('records an attempt, clears the quiz in progress and derives the status', async () => {
		const { store } = await open();
		await store.saveQuizSnapshot(SLUG, 'h1', { step: 5 });
		const result = await store.recordAttempt(SLUG, attempt());
		expect(result).toMatchObject({
			ok: true,
			attemptId: expect.stringMatching(/^t-[0-9a-f]{32}$/)
		});
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toEqual({ status: 'none' });
		const module = await store.getModule(SLUG);
		expect(module).toMatchObject({
			status: 'completed',
			bestScore: { score: 4, total: 5, percent: 80 },
			lastScore: { score: 4, total: 5 },
			completedAt: '2026-11-28T10:05:00.000Z',
			quizInProgress: false
		});
		expect(module.attempts[0]!.answers[2]).toEqual({
			questionId: 'mot-de-passe',
			answer: null,
			correct: false
		});
	});

	it('does not let a snapshot saved just before the end resurrect the finished quiz', async () => {
		const { store } = await open();
		const save = store.saveQuizSnapshot(SLUG, 'h1', { step: 5 });
		const record = store.recordAttempt(SLUG, attempt());
		await Promise.all([save, record]);
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toEqual({ status: 'none' });
	});

	it('keeps best and last scores apart', async () => {
		const { store } = await open();
		await store.recordAttempt(SLUG, attempt({ score: 5, passed: true }));
		await store.recordAttempt(
			SLUG,
			attempt({
				startedAt: '2026-11-28T11:00:00.000Z',
				endedAt: '2026-11-28T11:05:00.000Z',
				score: 2,
				passed: false
			})
		);
		const module = await store.getModule(SLUG);
		expect(module.bestScore?.score).toBe(5);
		expect(module.lastScore?.score).toBe(2);
		expect(module.status).toBe('completed');
	});

	it('refuses an invalid attempt and stores nothing', async () => {
		const { store } = await open();
		for (const bad of [
			attempt({ score: 6 }),
			attempt({ score: 0 }),
			attempt({ startedAt: 'hier' }),
			{
				...attempt(),
				answers: [{ questionId: 'q', answer: 3, correct: true }]
			} as unknown as NewAttempt
		]) {
			expect(await store.recordAttempt(SLUG, bad)).toMatchObject({ ok: false });
		}
		expect(await store.getAllModules()).toEqual([]);
	});
});

describe('video', () => {
	it('ticks and unticks "J’ai regardé la vidéo"', async () => {
		const { store } = await open();
		await store.markVideoWatched(SLUG, true);
		expect(await store.getModule(SLUG)).toMatchObject({
			videoWatched: true,
			status: 'in-progress'
		});
		await store.markVideoWatched(SLUG, false);
		expect((await store.getModule(SLUG)).videoWatched).toBe(false);
	});
});
