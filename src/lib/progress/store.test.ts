// Dexie's liveQuery only runs when a global indexedDB exists; each test still uses its own.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
	fixtureText,
	KNOWN_SLUGS,
	malformedFixtures,
	NOW
} from '../../../tests/fixtures/progress/fixtures';
import type { ProgressStore } from './api';
import type { ProgressBackend } from './backend';
import { openDexieBackend, ProgressDatabase } from './dexie-backend';
import { DATABASE_NAME } from './limits';
import type { ModuleProgress } from './model';
import type { NewAttempt } from './records';
import { fakeStorage, nextValue, openTestStore } from './store-test-helpers';
import { createProgressStore } from './store';

const SLUG = 'messagerie-academique';
const opened: { close(): void }[] = [];

async function open(options: Parameters<typeof openTestStore>[0] = {}) {
	const result = await openTestStore(options);
	opened.push(result.store as unknown as { close(): void });
	return result;
}

afterEach(() => {
	for (const store of opened.splice(0)) store.close();
});

function attempt(overrides: Partial<NewAttempt> = {}): NewAttempt {
	return {
		startedAt: '2026-11-28T10:00:00.000Z',
		endedAt: '2026-11-28T10:05:00.000Z',
		score: 4,
		total: 5,
		passed: true,
		quizHash: 'h1',
		answers: [
			{ questionId: 'q1', answer: 'a', correct: true },
			{ questionId: 'q2', answer: ['a', 'b'], correct: true },
			{ questionId: 'mot-de-passe', answer: null, correct: false }
		],
		...overrides
	};
}

async function dump(store: ProgressStore) {
	const file = await store.exportProgress();
	return JSON.stringify({ ...file, exportedAt: '' });
}

async function seed(store: ProgressStore) {
	const preview = await store.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
	if (!preview.ok) throw new Error(preview.message);
	const result = await store.applyImport(preview.preview, 'replace');
	if (!result.ok) throw new Error(result.message);
}

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
			attempt({ endedAt: '2026-11-28T09:00:00.000Z' }),
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
				id: 't-future',
				slug: SLUG,
				startedAt: '2031-01-01T00:00:00.000Z',
				endedAt: '2031-01-01T00:05:00.000Z',
				score: 1,
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
		expect(modules.map((module) => module.slug)).toEqual([SLUG, 'securite']);
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

describe('import', () => {
	it('refuses every malformed file and changes nothing', async () => {
		const { store } = await open();
		await seed(store);
		await store.saveQuizSnapshot('securite', 'h1', { step: 1 });
		const before = await dump(store);
		const reasons = new Set<string>();
		for (const name of malformedFixtures()) {
			const result = await store.previewImport(fixtureText(`malformed/${name}`), KNOWN_SLUGS);
			expect(result.ok, name).toBe(false);
			if (!result.ok) reasons.add(result.reason);
		}
		expect(reasons.size).toBeGreaterThanOrEqual(10);
		expect(await dump(store)).toBe(before);
		expect(await store.loadQuizSnapshot('securite', 'h1')).toMatchObject({ status: 'resume' });
	});

	it('merges, keeping the best of both', async () => {
		const { store } = await open();
		await store.recordAttempt(SLUG, attempt({ score: 2, passed: false }));
		await store.saveQuizSnapshot('securite', 'h1', { step: 1 });
		const preview = await store.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
		if (!preview.ok) throw new Error(preview.message);
		expect(preview.preview.changes[0]).toMatchObject({
			before: { status: 'in-progress', attemptCount: 1 },
			merged: { status: 'completed', attemptCount: 3 },
			newAttempts: 2
		});
		const result = await store.applyImport(preview.preview, 'merge');
		expect(result).toMatchObject({ ok: true, modules: 2, newAttempts: 2 });
		const module = await store.getModule(SLUG);
		expect(module.attempts).toHaveLength(3);
		expect(module.bestScore).toMatchObject({ score: 5, total: 5 });
		expect(module.lastScore).toMatchObject({ score: 2, total: 5 });
		expect(await store.loadQuizSnapshot('securite', 'h1')).toMatchObject({ status: 'resume' });
		// Importing the same file again adds nothing.
		const again = await store.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
		if (!again.ok) throw new Error(again.message);
		expect(again.preview.newAttempts).toBe(0);
		expect(await store.applyImport(again.preview, 'merge')).toMatchObject({ newAttempts: 0 });
		expect((await store.getModule(SLUG)).attempts).toHaveLength(3);
	});

	it('replaces everything, quizzes in progress included', async () => {
		const { store } = await open();
		await store.recordAttempt('securite', attempt());
		await store.saveQuizSnapshot(SLUG, 'h1', { step: 1 });
		await seed(store);
		const modules = await store.getAllModules();
		expect(modules.map((module) => module.slug)).toEqual([SLUG, 'mot-de-passe']);
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toEqual({ status: 'none' });
	});

	it('exports a file that imports back into a fresh browser identically', async () => {
		const { store } = await open();
		await seed(store);
		await store.recordAttempt('securite', attempt());
		await store.markVideoWatched('securite', true);
		const file = await store.exportProgress();
		const { store: fresh } = await open();
		const preview = await fresh.previewImport(JSON.stringify(file), KNOWN_SLUGS);
		if (!preview.ok) throw new Error(preview.message);
		await fresh.applyImport(preview.preview, 'merge');
		expect(await dump(fresh)).toBe(await dump(store));
	});

	it('is all or nothing when the transaction fails half-way', async () => {
		const indexedDB = new IDBFactory();
		const { store } = await open({ indexedDB });
		await store.recordAttempt('securite', attempt());
		const before = await dump(store);
		const real = await openDexieBackend({ indexedDB, IDBKeyRange });
		const failing: ProgressBackend = {
			...real,
			transact: (work) =>
				real.transact((transaction) =>
					work({
						...transaction,
						write: async (changes) => {
							await transaction.write(changes);
							throw new Error('panne simulée après écriture');
						}
					})
				)
		};
		const broken = await createProgressStore({
			backend: failing,
			now: () => NOW,
			storageManager: null
		});
		for (const mode of ['merge', 'replace'] as const) {
			const preview = await broken.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
			if (!preview.ok) throw new Error(preview.message);
			const result = await broken.applyImport(preview.preview, mode);
			expect(result).toMatchObject({
				ok: false,
				message: expect.stringContaining('rien n’a été modifié')
			});
		}
		expect(await dump(store)).toBe(before);
		real.close();
	});
});

describe('clearAll', () => {
	it('erases everything', async () => {
		const { store } = await open();
		await seed(store);
		await store.saveQuizSnapshot(SLUG, 'h1', {});
		expect(await store.clearAll()).toEqual({ ok: true });
		expect(await store.getAllModules()).toEqual([]);
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toEqual({ status: 'none' });
	});
});

describe('storage failures', () => {
	it('falls back to memory with a notice when IndexedDB cannot be opened', async () => {
		const broken = {
			open() {
				throw new DOMException('The user denied permission', 'SecurityError');
			}
		} as unknown as IDBFactory;
		const { store } = await open({ indexedDB: broken, storageManager: fakeStorage() });
		expect(store.available).toBe(false);
		expect(store.status.notices.map((notice) => notice.kind)).toEqual(['unavailable']);
		expect(store.status.persistence).toBe('unsupported');
		await store.recordAttempt(SLUG, attempt());
		expect((await store.getModule(SLUG)).status).toBe('completed');
		await store.saveQuizSnapshot('securite', 'h', { step: 2 });
		expect(await store.loadQuizSnapshot('securite', 'h')).toMatchObject({ snapshot: { step: 2 } });
	});

	it('falls back to memory when opening hangs (blocked)', async () => {
		const hanging = { open: () => ({}) } as unknown as IDBFactory;
		const { store } = await open({ indexedDB: hanging, openTimeoutMs: 50 });
		expect(store.available).toBe(false);
	});

	it('explains a quota error and keeps working', async () => {
		const indexedDB = new IDBFactory();
		const real = await openDexieBackend({ indexedDB, IDBKeyRange });
		let full = true;
		const quota: ProgressBackend = {
			...real,
			transact: (work) =>
				full
					? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'))
					: real.transact(work)
		};
		const store = await createProgressStore({
			backend: quota,
			now: () => NOW,
			storageManager: null
		});
		const result = await store.saveQuizSnapshot(SLUG, 'h1', { step: 1 });
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringContaining('espace de stockage')
		});
		expect(store.status.notices.map((notice) => notice.kind)).toEqual(['quota']);
		full = false;
		expect(await store.saveQuizSnapshot(SLUG, 'h1', { step: 2 })).toEqual({ ok: true });
		real.close();
	});

	it('recognises a quota error wrapped by Dexie', async () => {
		const { isQuotaError } = await import('./notices');
		expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
		expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] })).toBe(
			true
		);
		expect(isQuotaError(new Error('x'))).toBe(false);
	});

	it('retries once, then reports a failed write without throwing', async () => {
		const indexedDB = new IDBFactory();
		const real = await openDexieBackend({ indexedDB, IDBKeyRange });
		let failures = 1;
		const flaky: ProgressBackend = {
			...real,
			transact: (work) =>
				failures-- > 0
					? Promise.reject(new DOMException('Connection lost', 'UnknownError'))
					: real.transact(work)
		};
		const store = await createProgressStore({
			backend: flaky,
			now: () => NOW,
			storageManager: null
		});
		expect(await store.markVideoWatched(SLUG, true)).toEqual({ ok: true });
		failures = 2;
		expect(await store.markVideoWatched(SLUG, false)).toMatchObject({ ok: false });
		expect(store.status.notices.map((notice) => notice.kind)).toEqual(['write-failed']);
		real.close();
	});
});

describe('persistence', () => {
	it('asks navigator.storage.persist() once, after the first progress', async () => {
		const storage = fakeStorage(true);
		const { store } = await open({ storageManager: storage });
		expect(store.status.persistence).toBe('not-asked');
		await store.getAllModules();
		expect(storage.asked).toBe(0);
		await store.saveQuizSnapshot(SLUG, 'h1', { step: 1 });
		await store.saveQuizSnapshot(SLUG, 'h1', { step: 2 });
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(storage.asked).toBe(1);
		expect(store.status).toMatchObject({ persistence: 'persisted', persistenceAsked: true });
	});

	it('records a refusal', async () => {
		const { store } = await open({ storageManager: fakeStorage(false) });
		expect(await store.requestPersistence()).toBe('denied');
		expect(store.status.persistence).toBe('denied');
	});

	it('is unsupported without a StorageManager', async () => {
		const { store } = await open({ storageManager: null });
		expect(await store.requestPersistence()).toBe('unsupported');
	});
});

describe('status notices', () => {
	it('can be dismissed and come back when they happen again', async () => {
		const broken = {
			open: () => {
				throw new Error('no');
			}
		} as unknown as IDBFactory;
		const { store } = await open({ indexedDB: broken });
		const seen: number[] = [];
		const stop = store.subscribeStatus((status) => seen.push(status.notices.length));
		store.dismissNotice('unavailable');
		stop();
		expect(seen).toEqual([1, 0]);
	});
});
