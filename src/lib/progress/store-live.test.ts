// The store read back: live queries across tabs, corrupted records skipped and reported.
// Dexie's liveQuery only runs when a global indexedDB exists; each test still uses its own.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../../tests/fixtures/progress/fixtures';
import { ProgressDatabase } from './dexie-backend';
import { DATABASE_NAME } from './limits';
import type { ModuleProgress } from './model';
import { attempt, closingAfterEach, nextValue, SLUG } from './store-test-helpers';

const open = closingAfterEach();

describe('live queries', () => {
	it('tells a second tab about changes made in the first', async () => {
		const indexedDB = new IDBFactory();
		const { store: tabA } = await open({ indexedDB });
		const { store: tabB } = await open({ indexedDB });
		const seen = nextValue<ModuleProgress[]>(
			(callback) => tabB.liveModules(callback),
			(modules) => modules.some((module) => module.status === 'completed')
		);
		await tabA.recordAttempt(SLUG, attempt());
		const modules = await seen;
		expect(modules.map((module) => [module.slug, module.status])).toEqual([[SLUG, 'completed']]);
	});

	it('follows one module', async () => {
		const { store } = await open();
		const seen = nextValue<ModuleProgress>(
			(callback) => store.liveModule(SLUG, callback),
			(module) => module.videoWatched
		);
		await store.markVideoWatched(SLUG, true);
		expect((await seen).status).toBe('in-progress');
	});
});

describe('corrupted records', () => {
	async function corrupt(indexedDB: IDBFactory) {
		const db = new ProgressDatabase(DATABASE_NAME, { indexedDB, IDBKeyRange });
		await db.open();
		await db.modules.bulkPut([
			{ slug: 'mot-de-passe', startedAt: 'pas une date', updatedAt: 3, videoWatchedAt: null },
			{
				slug: 'securite',
				startedAt: '2026-11-20T00:00:00.000Z',
				updatedAt: '2026-11-20T00:00:00.000Z',
				videoWatchedAt: null,
				__proto__: null
			}
		]);
		await db.attempts.bulkPut([
			{ id: 't-bad', slug: SLUG, score: 'beaucoup' },
			{
				id: 't-score',
				slug: SLUG,
				startedAt: '2026-11-27T00:00:00.000Z',
				endedAt: '2026-11-27T00:05:00.000Z',
				score: 2,
				total: 1,
				passed: true,
				quizHash: 'h',
				answers: []
			}
		]);
		await db.quizSnapshots.put({
			slug: SLUG,
			quizHash: 'h1',
			startedAt: '2026-11-28T00:00:00.000Z',
			savedAt: '2026-11-28T00:00:00.000Z',
			snapshotJson: '{"__proto__":{"x":1}}'
		});
		db.close();
	}

	it('skips them with a notice and keeps the rest', async () => {
		const { store, indexedDB } = await open();
		await store.recordAttempt(SLUG, attempt());
		await corrupt(indexedDB);
		const { store: reloaded } = await open({ indexedDB });
		const modules = await reloaded.getAllModules();
		// A module whose record is unreadable is listed, its video tick unknown rather than "no".
		expect(modules.map((module) => module.slug)).toEqual([SLUG, 'mot-de-passe', 'securite']);
		expect(modules[1]).toMatchObject({ recordUnreadable: true, videoWatched: false });
		expect(modules[0]).toMatchObject({ recordUnreadable: false });
		expect(modules[0]!.attempts).toHaveLength(1);
		const notice = reloaded.status.notices.find((item) => item.kind === 'corrupted');
		expect(notice?.message).toMatch(/^3 données de progression enregistrées étaient illisibles/);
		expect(notice?.message).toContain('mot-de-passe');
	});

	it('restarts a quiz whose snapshot is unreadable, with a notice', async () => {
		const { store, indexedDB } = await open();
		await corrupt(indexedDB);
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toEqual({ status: 'none' });
		expect(store.status.notices.some((item) => item.kind === 'corrupted')).toBe(true);
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toEqual({ status: 'none' });
	});

	it('reports the same corrupted record once across live updates', async () => {
		const { store, indexedDB } = await open();
		await corrupt(indexedDB);
		const first = await nextValue<ModuleProgress[]>((callback) => store.liveModules(callback));
		expect(first.length).toBeGreaterThan(0);
		await store.markVideoWatched(SLUG, true);
		await store.getAllModules();
		const notices = store.status.notices.filter((item) => item.kind === 'corrupted');
		expect(notices).toHaveLength(1);
		expect(notices[0]!.message).toMatch(/^3 données/);
	});

	it('overwrites a corrupted module record on the next write', async () => {
		const { store, indexedDB } = await open();
		await corrupt(indexedDB);
		await store.markVideoWatched('mot-de-passe', true);
		expect(await store.getModule('mot-de-passe')).toMatchObject({
			videoWatched: true,
			startedAt: new Date(NOW).toISOString()
		});
	});
});
