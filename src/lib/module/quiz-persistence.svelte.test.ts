import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
	createQuizPersistence,
	ENDED_IN_TAB_MESSAGE,
	FOLLOWED_TAB_MESSAGE,
	UNFIT_QUIZ_MESSAGE
} from './quiz-persistence.svelte';
import { loadSnapshot } from './snapshot-load';
import { STALE_QUIZ_MESSAGE } from '$lib/progress';
import type { RestorableQuizSnapshot } from '$lib/quiz';
import { createProgressStore } from '$lib/progress/store';

const SLUG = 'messagerie-academique';
/** Live updates cross two stores (two tabs): generous on a busy machine. */
const LIVE_WAIT = { timeout: 5000 };

function openStore(indexedDB = new IDBFactory()) {
	return createProgressStore({ indexedDB, IDBKeyRange, storageManager: null });
}

/** The test snapshots are not real quiz snapshots: taken as they are (the check has its own tests). */
const asSaved = async (snapshot: unknown) => snapshot as RestorableQuizSnapshot;
const doesNotFit = async () => undefined;

function answering(index: number) {
	return { status: 'active', value: { answering: 'idle' }, context: { index } };
}

describe('createQuizPersistence', () => {
	it('is ready with nothing to resume on a first visit', async () => {
		const persistence = createQuizPersistence(SLUG, 'h1', { restore: asSaved, store: openStore() });
		expect(persistence.ready).toBe(false);
		await vi.waitFor(() => expect(persistence.ready).toBe(true));
		expect(persistence.initialSnapshot).toBeUndefined();
		expect(persistence.staleMessage).toBeNull();
		expect(persistence.unavailable).toBe(false);
	});

	it('resumes the last snapshot after a reload', async () => {
		const store = openStore();
		const first = createQuizPersistence(SLUG, 'h1', { restore: asSaved, store });
		await vi.waitFor(() => expect(first.ready).toBe(true));
		first.onSnapshot(answering(1));
		first.onSnapshot(answering(2));
		first.onSnapshot(answering(3));
		await vi.waitFor(async () =>
			expect((await (await store).getModule(SLUG)).quizInProgress).toBe(true)
		);
		const reloaded = createQuizPersistence(SLUG, 'h1', { restore: asSaved, store });
		await vi.waitFor(() => expect(reloaded.ready).toBe(true));
		expect(reloaded.initialSnapshot).toEqual(answering(3));
	});

	it('restarts with a message when the quiz changed', async () => {
		const store = openStore();
		const before = createQuizPersistence(SLUG, 'old', { restore: asSaved, store });
		await vi.waitFor(() => expect(before.ready).toBe(true));
		before.onSnapshot(answering(2));
		const after = createQuizPersistence(SLUG, 'new', { restore: asSaved, store });
		await vi.waitFor(() => expect(after.ready).toBe(true));
		expect(after.staleMessage).toBe(STALE_QUIZ_MESSAGE);
		expect(after.initialSnapshot).toBeUndefined();
	});

	it('still says the quiz changed when the learner state read (and cleared) the old attempt first', async () => {
		const store = openStore();
		const before = createQuizPersistence(SLUG, 'old2', { restore: asSaved, store });
		await vi.waitFor(() => expect(before.ready).toBe(true));
		before.onSnapshot(answering(2));
		await vi.waitFor(async () =>
			expect((await (await store).getModule(SLUG)).quizInProgress).toBe(true)
		);
		expect((await loadSnapshot(await store, SLUG, 'new2')).status).toBe('stale');
		const after = createQuizPersistence(SLUG, 'new2', { restore: asSaved, store });
		await vi.waitFor(() => expect(after.ready).toBe(true));
		expect(after.staleMessage).toBe(STALE_QUIZ_MESSAGE);
		// Said once: a later visit of the page starts quietly.
		const again = createQuizPersistence(SLUG, 'new2', { restore: asSaved, store });
		await vi.waitFor(() => expect(again.ready).toBe(true));
		expect(again.staleMessage).toBeNull();
	});

	it('records the attempt from its first answer, without secret answers, and clears the quiz', async () => {
		const store = openStore();
		let now = Date.parse('2026-11-28T10:00:00.000Z');
		const persistence = createQuizPersistence(SLUG, 'h1', {
			restore: asSaved,
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
		const persistence = createQuizPersistence(SLUG, 'h1', {
			restore: asSaved,
			store,
			now: () => now
		});
		await vi.waitFor(() => expect(persistence.ready).toBe(true));
		const result = {
			score: 1,
			total: 1,
			passed: true,
			answers: [{ questionId: 'q1', answer: 'a', correct: true }]
		};
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
		const persistence = createQuizPersistence(SLUG, 'h1', { restore: asSaved, store });
		await vi.waitFor(() => expect(persistence.ready).toBe(true));
		const cyclic: Record<string, unknown> = { value: { answering: 'idle' } };
		cyclic.self = cyclic;
		persistence.onSnapshot(cyclic);
		await vi.waitFor(() => expect(persistence.error).toMatch(/n’a pas pu être enregistré/));
	});
});

describe('a saved attempt that no longer fits the quiz', () => {
	it('restarts with a message, once, and is no longer "in progress"', async () => {
		const store = openStore();
		const opened = await store;
		await opened.saveQuizSnapshot(SLUG, 'h1', answering(40));
		const persistence = createQuizPersistence(SLUG, 'h1', { store, restore: doesNotFit });
		await vi.waitFor(() => expect(persistence.ready).toBe(true), LIVE_WAIT);
		expect(persistence.staleMessage).toBe(UNFIT_QUIZ_MESSAGE);
		expect(persistence.initialSnapshot).toBeUndefined();
		expect((await opened.getModule(SLUG)).quizInProgress).toBe(false);
		const again = createQuizPersistence(SLUG, 'h1', { store, restore: doesNotFit });
		await vi.waitFor(() => expect(again.ready).toBe(true), LIVE_WAIT);
		expect(again.staleMessage).toBeNull();
	});
});

describe('two tabs on the same quiz', () => {
	async function twoTabs() {
		const indexedDB = new IDBFactory();
		const tabA = createQuizPersistence(SLUG, 'h1', {
			restore: asSaved,
			store: openStore(indexedDB)
		});
		const tabB = createQuizPersistence(SLUG, 'h1', {
			restore: asSaved,
			store: openStore(indexedDB)
		});
		await vi.waitFor(() => expect(tabA.ready && tabB.ready).toBe(true), LIVE_WAIT);
		return { tabA, tabB, indexedDB };
	}

	it('the other tab follows, and says so', async () => {
		const { tabA, tabB } = await twoTabs();
		for (let index = 1; index <= 7; index += 1) tabA.onSnapshot(answering(index));
		await vi.waitFor(() => expect(tabB.initialSnapshot).toEqual(answering(7)), LIVE_WAIT);
		expect(tabB.followMessage).toBe(FOLLOWED_TAB_MESSAGE);
		expect(tabB.generation).toBeGreaterThan(0);
		expect(tabA.generation).toBe(0);
		// Then tab B answers on, and tab A follows it in turn.
		tabB.onSnapshot(answering(8));
		await vi.waitFor(() => expect(tabA.initialSnapshot).toEqual(answering(8)), LIVE_WAIT);
		tabA.stop();
		tabB.stop();
	});

	it('a tab still at question 3 never overwrites question 7: it is told and follows', async () => {
		const { tabA, tabB, indexedDB } = await twoTabs();
		tabB.stop(); // as if tab B had not heard of tab A yet
		tabA.onSnapshot(answering(7));
		tabB.onSnapshot(answering(3));
		await vi.waitFor(() => expect(tabB.initialSnapshot).toEqual(answering(7)), LIVE_WAIT);
		expect(tabB.followMessage).toContain('autre onglet');
		const stored = await (await openStore(indexedDB)).loadQuizSnapshot(SLUG, 'h1');
		expect(stored).toMatchObject({ status: 'resume', snapshot: answering(7) });
		tabA.stop();
	});

	it('a tab told of an attempt that does not fit its quiz starts over, and its next save lands', async () => {
		const indexedDB = new IDBFactory();
		const tabA = createQuizPersistence(SLUG, 'h1', {
			restore: asSaved,
			store: openStore(indexedDB)
		});
		// Tab B cannot restore question 7 (another version of the quiz, or a tampered record).
		const tabB = createQuizPersistence(SLUG, 'h1', {
			store: openStore(indexedDB),
			restore: async (snapshot) =>
				(snapshot as { context: { index: number } }).context.index === 7
					? undefined
					: asSaved(snapshot)
		});
		await vi.waitFor(() => expect(tabA.ready && tabB.ready).toBe(true), LIVE_WAIT);
		tabB.stop(); // as if tab B had not heard of tab A yet
		tabA.stop();
		tabA.onSnapshot(answering(7));
		tabB.onSnapshot(answering(3));
		await vi.waitFor(() => expect(tabB.followMessage).toContain('autre onglet'), LIVE_WAIT);
		expect(tabB.initialSnapshot).toBeUndefined();
		// Started over: its next answer replaces what it could not restore.
		tabB.onSnapshot(answering(1));
		const check = await openStore(indexedDB);
		await vi.waitFor(
			async () =>
				expect(await check.loadQuizSnapshot(SLUG, 'h1')).toMatchObject({
					status: 'resume',
					snapshot: answering(1)
				}),
			LIVE_WAIT
		);
		expect(tabB.error).toBeNull();
	});

	it('a tab whose attempt was finished in the other goes back to the start', async () => {
		const { tabA, tabB } = await twoTabs();
		tabA.onSnapshot(answering(16));
		await vi.waitFor(() => expect(tabB.initialSnapshot).toEqual(answering(16)), LIVE_WAIT);
		tabA.onSnapshot({ value: 'results' });
		tabA.onFinish({
			score: 1,
			total: 1,
			passed: true,
			answers: [{ questionId: 'q1', answer: 'a', correct: true }]
		});
		await vi.waitFor(() => expect(tabB.followMessage).toBe(ENDED_IN_TAB_MESSAGE), LIVE_WAIT);
		expect(tabB.initialSnapshot).toBeUndefined();
		tabA.stop();
		tabB.stop();
	});
});

describe('a browser that holds no progress (a first visit)', () => {
	/** A store whose code has not arrived yet: `arrive` hands it over. */
	function storeOnItsWay(indexedDB = new IDBFactory()) {
		let arrive!: () => void;
		const store = new Promise<Awaited<ReturnType<typeof openStore>>>((resolve) => {
			arrive = () => void openStore(indexedDB).then(resolve);
		});
		return { store, arrive };
	}

	it('is ready before the store’s code arrives, and the first answers are saved once it does', async () => {
		const { store, arrive } = storeOnItsWay();
		const persistence = createQuizPersistence(SLUG, 'h1', {
			restore: asSaved,
			store,
			mayHoldProgress: async () => false
		});
		await vi.waitFor(() => expect(persistence.ready).toBe(true));
		expect(persistence.initialSnapshot).toBeUndefined();
		persistence.onSnapshot(answering(1));
		persistence.onSnapshot(answering(2));
		arrive();
		const opened = await store;
		await vi.waitFor(async () =>
			expect(await opened.loadQuizSnapshot(SLUG, 'h1')).toMatchObject({
				status: 'resume',
				snapshot: answering(2)
			})
		);
		expect(persistence.error).toBeNull();
		expect(persistence.followMessage).toBeNull();
		persistence.stop();
	});

	it('still waits for the store when this browser may hold progress', async () => {
		const { store, arrive } = storeOnItsWay();
		const persistence = createQuizPersistence(SLUG, 'h1', {
			restore: asSaved,
			store,
			mayHoldProgress: async () => true
		});
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(persistence.ready).toBe(false);
		arrive();
		await vi.waitFor(() => expect(persistence.ready).toBe(true));
		persistence.stop();
	});

	it('follows an attempt another tab saved meanwhile', async () => {
		const indexedDB = new IDBFactory();
		const { store, arrive } = storeOnItsWay(indexedDB);
		const persistence = createQuizPersistence(SLUG, 'h1', {
			restore: asSaved,
			store,
			mayHoldProgress: async () => false
		});
		await vi.waitFor(() => expect(persistence.ready).toBe(true));
		await (await openStore(indexedDB)).saveQuizSnapshot(SLUG, 'h1', answering(5));
		arrive();
		await vi.waitFor(() => expect(persistence.initialSnapshot).toEqual(answering(5)), LIVE_WAIT);
		expect(persistence.followMessage).toBe(FOLLOWED_TAB_MESSAGE);
		persistence.stop();
	});

	it('keeps the quiz usable when the store’s code cannot be downloaded', async () => {
		const persistence = createQuizPersistence(SLUG, 'h1', {
			restore: asSaved,
			store: Promise.reject(new Error('offline after a deployment')),
			mayHoldProgress: async () => false
		});
		await vi.waitFor(() => expect(persistence.unavailable).toBe(true));
		expect(persistence.ready).toBe(true);
		persistence.onSnapshot(answering(1));
	});
});
