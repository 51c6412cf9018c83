// Two tabs on one quiz: a save never overwrites the state another tab stored meanwhile, and each
// tab can follow the other's state live (issue 11, "Two tabs on the same quiz").
// Dexie's liveQuery only runs when a global indexedDB exists; each test still uses its own.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { SnapshotLoad } from './api';
import { closingAfterEach, nextValue, SLUG } from './store-test-helpers';

const open = closingAfterEach();

async function twoTabs() {
	const indexedDB = new IDBFactory();
	const { store: tabA } = await open({ indexedDB });
	const { store: tabB } = await open({ indexedDB });
	return { tabA, tabB };
}

describe('two tabs on one quiz', () => {
	it('keeps the state another tab saved meanwhile and hands it back', async () => {
		const { tabA, tabB } = await twoTabs();
		expect(
			await tabA.saveQuizSnapshot(SLUG, 'h1', { at: 7 }, { revision: 'a.1', expected: null })
		).toEqual({ ok: true });
		// Tab B, opened before, still believes nothing is stored: it is at question 3.
		const stale = await tabB.saveQuizSnapshot(
			SLUG,
			'h1',
			{ at: 3 },
			{ revision: 'b.1', expected: null }
		);
		expect(stale).toMatchObject({
			ok: false,
			message: expect.stringContaining('autre onglet'),
			conflict: { status: 'resume', snapshot: { at: 7 }, revision: 'a.1' }
		});
		expect(await tabA.loadQuizSnapshot(SLUG, 'h1')).toMatchObject({ snapshot: { at: 7 } });
		// Having followed, tab B goes on from there; then tab A is the one behind.
		expect(
			await tabB.saveQuizSnapshot(SLUG, 'h1', { at: 8 }, { revision: 'b.2', expected: 'a.1' })
		).toEqual({ ok: true });
		expect(
			await tabA.saveQuizSnapshot(SLUG, 'h1', { at: 8 }, { revision: 'a.2', expected: 'a.1' })
		).toMatchObject({ ok: false, conflict: { snapshot: { at: 8 }, revision: 'b.2' } });
	});

	it('tells a tab whose quiz was finished elsewhere', async () => {
		const { tabA, tabB } = await twoTabs();
		await tabA.saveQuizSnapshot(SLUG, 'h1', { at: 16 }, { revision: 'a.1', expected: null });
		await tabA.clearQuizSnapshot(SLUG);
		expect(
			await tabB.saveQuizSnapshot(SLUG, 'h1', { at: 17 }, { revision: 'b.1', expected: 'a.1' })
		).toMatchObject({ ok: false, conflict: { status: 'none' } });
	});

	it('coalesces queued saves without losing what they expect', async () => {
		const { tabA } = await twoTabs();
		const first = tabA.saveQuizSnapshot(SLUG, 'h1', { at: 1 }, { revision: 'a.1', expected: null });
		const second = tabA.saveQuizSnapshot(
			SLUG,
			'h1',
			{ at: 2 },
			{ revision: 'a.2', expected: 'a.1' }
		);
		expect(await first).toEqual({ ok: true });
		expect(await second).toEqual({ ok: true });
		expect(await tabA.loadQuizSnapshot(SLUG, 'h1')).toMatchObject({
			snapshot: { at: 2 },
			revision: 'a.2'
		});
	});

	it('shows each tab the other’s state live', async () => {
		const { tabA, tabB } = await twoTabs();
		const seen = nextValue<SnapshotLoad>(
			(callback) => tabB.liveQuizSnapshot(SLUG, 'h1', callback),
			(load) => load.status === 'resume'
		);
		await tabA.saveQuizSnapshot(SLUG, 'h1', { at: 7 }, { revision: 'a.1', expected: null });
		expect(await seen).toMatchObject({ status: 'resume', snapshot: { at: 7 }, revision: 'a.1' });
	});

	it('saves without a guard as before (one tab, older pages)', async () => {
		const { tabA, tabB } = await twoTabs();
		await tabA.saveQuizSnapshot(SLUG, 'h1', { at: 7 }, { revision: 'a.1', expected: null });
		expect(await tabB.saveQuizSnapshot(SLUG, 'h1', { at: 3 })).toEqual({ ok: true });
		expect(await tabA.loadQuizSnapshot(SLUG, 'h1')).toMatchObject({ revision: '' });
	});
});
