// The store read back: live queries across tabs, corrupted records skipped and reported.
// Dexie's liveQuery only runs when a global indexedDB exists; each test still uses its own.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { ProgressStore } from './api';
import { NOW } from '../../../tests/fixtures/progress/fixtures';
import { ProgressDatabase } from './dexie-backend';
import { DATABASE_NAME } from './limits';
import type { ModuleProgress } from './model';
import { createMemoryBackend } from './memory-backend';
import { createProgressStore } from './store';
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

describe('live list with a first screen read apart', () => {
	const slugs = ['a-module', 'b-module', 'c-module', 'd-module', 'e-module'];

	async function filled(store: ProgressStore) {
		for (const [i, slug] of slugs.entries()) {
			if (i % 2 === 0) await store.recordAttempt(slug, attempt({ passed: i === 0 }));
			else await store.markVideoWatched(slug, true);
		}
		await store.saveQuizSnapshot('f-quiz-only', 'h1', { step: 1 });
	}

	for (const kind of ['indexeddb', 'memory'] as const) {
		it(`calls back with the picked modules first, then every module once started (${kind})`, async () => {
			const store =
				kind === 'memory'
					? await createProgressStore({ backend: createMemoryBackend(), storageManager: null })
					: (await open()).store;
			await filled(store);
			const every = await store.getAllModules();
			const offered: (readonly string[])[] = [];
			const values: ModuleProgress[][] = [];
			let start: (() => void) | undefined;
			const stop = store.liveModules((modules) => values.push(modules), {
				pick: (stored) => {
					offered.push(stored);
					return [stored[3]!, stored[1]!];
				},
				defer: (begin) => {
					start = begin;
					return () => undefined;
				}
			});
			await vi.waitFor(() => expect(start).toBeDefined());
			// The picker is offered every module with something stored, in slug order.
			expect(offered).toEqual([every.map((module) => module.slug)]);
			expect(values).toEqual([[every[1], every[3]]]);
			start!();
			await vi.waitFor(() => expect(values).toHaveLength(2));
			expect(values[1]).toEqual(every);
			stop();
			if (kind === 'memory') store.close();
		});
	}

	it('reads everything at once when the pick is most of what is stored', async () => {
		const { store } = await open();
		await filled(store);
		const defer = vi.fn(() => () => undefined);
		const first = await nextValue<ModuleProgress[]>((callback) =>
			store.liveModules(callback, { pick: (stored) => stored.slice(0, 4), defer })
		);
		expect(first).toEqual(await store.getAllModules());
		expect(defer).not.toHaveBeenCalled();
	});

	it('offers the modules with their own record; one whose record was deleted shows with the full read', async () => {
		const { store, indexedDB } = await open();
		await filled(store);
		const db = new ProgressDatabase(DATABASE_NAME, { indexedDB, IDBKeyRange });
		await db.open();
		await db.modules.delete('c-module');
		db.close();
		const offered: (readonly string[])[] = [];
		let start: (() => void) | undefined;
		const values: ModuleProgress[][] = [];
		const stop = store.liveModules((modules) => values.push(modules), {
			pick: (stored) => {
				offered.push(stored);
				return ['a-module'];
			},
			defer: (begin) => {
				start = begin;
				return () => undefined;
			}
		});
		await vi.waitFor(() => expect(start).toBeDefined());
		expect(offered).toEqual([['a-module', 'b-module', 'd-module', 'e-module', 'f-quiz-only']]);
		start!();
		await vi.waitFor(() => expect(values).toHaveLength(2));
		expect(values[1]!.find((module) => module.slug === 'c-module')?.attempts).toHaveLength(1);
		stop();
	});

	it('stops before the full read when unsubscribed while it waits', async () => {
		const { store } = await open();
		await filled(store);
		const values: ModuleProgress[][] = [];
		let cancelled = false;
		let start: (() => void) | undefined;
		const stop = store.liveModules((modules) => values.push(modules), {
			pick: (stored) => stored.slice(0, 1),
			defer: (begin) => {
				start = begin;
				return () => (cancelled = true);
			}
		});
		await vi.waitFor(() => expect(start).toBeDefined());
		stop();
		expect(cancelled).toBe(true);
		start!();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(values).toHaveLength(1);
	});

	it('skips the first read when the list is already followed', async () => {
		const { store } = await open();
		await filled(store);
		await nextValue<ModuleProgress[]>((callback) => store.liveModules(callback));
		const keep = store.liveModules(() => undefined);
		await new Promise((resolve) => setTimeout(resolve, 20));
		const pick = vi.fn((stored: readonly string[]) => stored.slice(0, 1));
		const value = await nextValue<ModuleProgress[]>((callback) =>
			store.liveModules(callback, { pick })
		);
		expect(value).toHaveLength(slugs.length + 1);
		expect(pick).not.toHaveBeenCalled();
		keep();
	});

	it('validates the picked records like any read', async () => {
		const { store, indexedDB } = await open();
		await filled(store);
		const db = new ProgressDatabase(DATABASE_NAME, { indexedDB, IDBKeyRange });
		await db.open();
		await db.modules.put({ slug: 'b-module', startedAt: 'pas une date', updatedAt: 3 });
		await db.attempts.put({ id: 't-bad', slug: 'a-module', score: 'beaucoup' });
		// A key that cannot name a module is never offered to the picker.
		await db.videoProgress.put({ slug: 42 } as unknown as object);
		db.close();
		const offered: (readonly string[])[] = [];
		const first = await nextValue<ModuleProgress[]>((callback) =>
			store.liveModules(callback, {
				pick: (stored) => {
					offered.push(stored);
					return ['a-module', 'b-module'];
				},
				defer: () => () => undefined
			})
		);
		expect(offered[0]).toEqual([...slugs, 'f-quiz-only']);
		expect(first.map((module) => [module.slug, module.recordUnreadable])).toEqual([
			['a-module', false],
			['b-module', true]
		]);
		expect(first[0]!.attempts).toHaveLength(1);
		const notice = store.status.notices.find((item) => item.kind === 'corrupted');
		expect(notice?.message).toMatch(/^2 données/);
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
