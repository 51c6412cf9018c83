// The store when storage fails: memory fallback, blocked opening, full quota, lost connection.
// Dexie's liveQuery only runs when a global indexedDB exists; each test still uses its own.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../../tests/fixtures/progress/fixtures';
import type { ProgressBackend } from './backend';
import { openDexieBackend } from './dexie-backend';
import { createProgressStore } from './store';
import { attempt, closingAfterEach, fakeStorage, SLUG } from './store-test-helpers';

const open = closingAfterEach();

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
