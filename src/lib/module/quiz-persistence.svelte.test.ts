import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createQuizPersistence } from './quiz-persistence.svelte';
import { loadSnapshot } from './snapshot-load';
import { STALE_QUIZ_MESSAGE } from '$lib/progress';
import { createProgressStore } from '$lib/progress/store';

const SLUG = 'messagerie-academique';

function openStore(indexedDB = new IDBFactory()) {
	return createProgressStore({ indexedDB, IDBKeyRange, storageManager: null });
}

function answering(index: number) {
	return { status: 'active', value: { answering: 'idle' }, context: { index } };
}

describe('createQuizPersistence', () => {
	it('is ready with nothing to resume on a first visit', async () => {
		const persistence = createQuizPersistence(SLUG, 'h1', { store: openStore() });
		expect(persistence.ready).toBe(false);
		await vi.waitFor(() => expect(persistence.ready).toBe(true));
		expect(persistence.initialSnapshot).toBeUndefined();
		expect(persistence.staleMessage).toBeNull();
		expect(persistence.unavailable).toBe(false);
	});

	it('resumes the last snapshot after a reload', async () => {
		const store = openStore();
		const first = createQuizPersistence(SLUG, 'h1', { store });
		await vi.waitFor(() => expect(first.ready).toBe(true));
		first.onSnapshot(answering(1));
		first.onSnapshot(answering(2));
		first.onSnapshot(answering(3));
		await vi.waitFor(async () =>
			expect((await (await store).getModule(SLUG)).quizInProgress).toBe(true)
		);
		const reloaded = createQuizPersistence(SLUG, 'h1', { store });
		await vi.waitFor(() => expect(reloaded.ready).toBe(true));
		expect(reloaded.initialSnapshot).toEqual(answering(3));
	});

	it('restarts with a message when the quiz changed', async () => {
		const store = openStore();
		const before = createQuizPersistence(SLUG, 'old', { store });
		await vi.waitFor(() => expect(before.ready).toBe(true));
		before.onSnapshot(answering(2));
		const after = createQuizPersistence(SLUG, 'new', { store });
		await vi.waitFor(() => expect(after.ready).toBe(true));
		expect(after.staleMessage).toBe(STALE_QUIZ_MESSAGE);
		expect(after.initialSnapshot).toBeUndefined();
	});

	it('still says the quiz changed when the learner state read (and cleared) the old attempt first', async () => {
		const store = openStore();
		const before = createQuizPersistence(SLUG, 'old2', { store });
		await vi.waitFor(() => expect(before.ready).toBe(true));
		before.onSnapshot(answering(2));
		await vi.waitFor(async () =>
			expect((await (await store).getModule(SLUG)).quizInProgress).toBe(true)
		);
		expect((await loadSnapshot(await store, SLUG, 'new2')).status).toBe('stale');
		const after = createQuizPersistence(SLUG, 'new2', { store });
		await vi.waitFor(() => expect(after.ready).toBe(true));
		expect(after.staleMessage).toBe(STALE_QUIZ_MESSAGE);
		// Said once: a later visit of the page starts quietly.
		const again = createQuizPersistence(SLUG, 'new2', { store });
		await vi.waitFor(() => expect(again.ready).toBe(true));
		expect(again.staleMessage).toBeNull();
	});

	it('records the attempt from its first answer, without secret answers, and clears the quiz', async () => {
		const store = openStore();
		let now = Date.parse('2026-11-28T10:00:00.000Z');
		const persistence = createQuizPersistence(SLUG, 'h1', {
			store,
			now: () => now,
			secretQuestionIds: ['mot-de-passe']
		});
		await vi.waitFor(() => expect(persistence.ready).toBe(true));
		persistence.onSnapshot({ value: 'intro' });
		persistence.onSnapshot(answering(0));
		now += 5 * 60_000;
		persistence.onSnapshot({ status: 'active', value: 'results', context: {} });
		persistence.onFinish({
			score: 1,
			total: 2,
			passed: false,
			answers: [
				{ questionId: 'q1', answer: 'b', correct: true },
				{ questionId: 'mot-de-passe', answer: 'Secret-typé-42!', correct: false }
			]
		});
		const opened = await store;
		await vi.waitFor(async () => expect((await opened.getModule(SLUG)).attempts).toHaveLength(1));
		const module = await opened.getModule(SLUG);
		expect(module.quizInProgress).toBe(false);
		expect(module.attempts[0]).toMatchObject({
			startedAt: '2026-11-28T10:00:00.000Z',
			endedAt: '2026-11-28T10:05:00.000Z',
			score: 1,
			total: 2,
			answers: [
				{ questionId: 'q1', answer: 'b', correct: true },
				{ questionId: 'mot-de-passe', answer: null, correct: false }
			]
		});
		expect(JSON.stringify(await opened.exportProgress())).not.toContain('Secret-typé-42!');
		expect(persistence.error).toBeNull();
	});

	it('starts the clock again for a retake', async () => {
		const store = openStore();
		let now = Date.parse('2026-11-28T10:00:00.000Z');
		const persistence = createQuizPersistence(SLUG, 'h1', { store, now: () => now });
		await vi.waitFor(() => expect(persistence.ready).toBe(true));
		const result = { score: 1, total: 1, passed: true, answers: [] };
		persistence.onSnapshot(answering(0));
		now += 60_000;
		persistence.onSnapshot({ value: 'results' });
		persistence.onFinish(result);
		now += 60 * 60_000;
		persistence.onSnapshot(answering(0));
		now += 60_000;
		persistence.onSnapshot({ value: 'results' });
		persistence.onFinish(result);
		const opened = await store;
		await vi.waitFor(async () => expect((await opened.getModule(SLUG)).attempts).toHaveLength(2));
		const attempts = (await opened.getModule(SLUG)).attempts;
		expect(attempts.map((attempt) => [attempt.startedAt, attempt.endedAt])).toEqual([
			['2026-11-28T10:00:00.000Z', '2026-11-28T10:01:00.000Z'],
			['2026-11-28T11:01:00.000Z', '2026-11-28T11:02:00.000Z']
		]);
	});

	it('reports a failed save in `error`', async () => {
		const store = openStore();
		const persistence = createQuizPersistence(SLUG, 'h1', { store });
		await vi.waitFor(() => expect(persistence.ready).toBe(true));
		const cyclic: Record<string, unknown> = { value: { answering: 'idle' } };
		cyclic.self = cyclic;
		persistence.onSnapshot(cyclic);
		await vi.waitFor(() => expect(persistence.error).toMatch(/n’a pas pu être enregistré/));
	});
});
