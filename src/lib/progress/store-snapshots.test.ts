// The store's quiz snapshots: resume, reload, stale quiz, coalesced saves, refusals.
// Dexie's liveQuery only runs when a global indexedDB exists; each test still uses its own.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../../tests/fixtures/progress/fixtures';
import { closingAfterEach, SLUG } from './store-test-helpers';

const open = closingAfterEach();

describe('quiz snapshots', () => {
	it('resumes a saved snapshot for the same quiz hash', async () => {
		const { store } = await open();
		const snapshot = { value: 'question', context: { index: 3, answers: ['a', ['b', 'c'], null] } };
		expect(await store.saveQuizSnapshot(SLUG, 'h1', snapshot)).toEqual({ ok: true });
		const loaded = await store.loadQuizSnapshot(SLUG, 'h1');
		expect(loaded).toMatchObject({
			status: 'resume',
			snapshot,
			startedAt: new Date(NOW).toISOString()
		});
		expect((await store.getModule(SLUG)).status).toBe('in-progress');
	});

	it('survives a reload (a new store on the same database)', async () => {
		const { store, indexedDB } = await open();
		await store.saveQuizSnapshot(SLUG, 'h1', { step: 4 });
		const { store: reloaded } = await open({ indexedDB });
		expect(await reloaded.loadQuizSnapshot(SLUG, 'h1')).toMatchObject({
			status: 'resume',
			snapshot: { step: 4 }
		});
	});

	it('says stale and clears the snapshot when the quiz was edited', async () => {
		const { store } = await open();
		await store.saveQuizSnapshot(SLUG, 'old-hash', { step: 2 });
		expect(await store.loadQuizSnapshot(SLUG, 'new-hash')).toEqual({ status: 'stale' });
		expect(await store.loadQuizSnapshot(SLUG, 'old-hash')).toEqual({ status: 'none' });
	});

	it('keeps only the latest of rapid saves, in order', async () => {
		const { store } = await open();
		const saves = Array.from({ length: 20 }, (_, step) =>
			store.saveQuizSnapshot(SLUG, 'h1', { step })
		);
		expect(await Promise.all(saves)).toEqual(saves.map(() => ({ ok: true })));
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toMatchObject({ snapshot: { step: 19 } });
	});

	it('keeps the attempt start across saves', async () => {
		let now = NOW;
		const { store } = await open({ now: () => now });
		await store.saveQuizSnapshot(SLUG, 'h1', { step: 1 });
		now += 60_000;
		await store.saveQuizSnapshot(SLUG, 'h1', { step: 2 });
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toMatchObject({
			startedAt: new Date(NOW).toISOString(),
			savedAt: new Date(NOW + 60_000).toISOString()
		});
	});

	it('refuses a snapshot that is not JSON-serialisable, without throwing', async () => {
		const { store } = await open();
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(await store.saveQuizSnapshot(SLUG, 'h1', cyclic)).toMatchObject({ ok: false });
		expect(await store.saveQuizSnapshot(SLUG, 'h1', () => 1)).toMatchObject({ ok: false });
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toEqual({ status: 'none' });
	});
});
