// The store's status: durable storage asked once, notices dismissed; the status board alone.
// Dexie's liveQuery only runs when a global indexedDB exists; each test still uses its own.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { StatusBoard } from './store-status';
import { closingAfterEach, fakeStorage, SLUG } from './store-test-helpers';

const open = closingAfterEach();

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

describe('StatusBoard (no database)', () => {
	const quota = { id: 'quota', kind: 'quota', message: 'plein' } as const;
	const corrupted = (key: string) => ({ table: 'attempts', key, slug: 'securite' }) as const;

	it('tells every listener, hides dismissed notices, shows them again when they recur', () => {
		const board = new StatusBoard(true, 'not-asked', []);
		const seen: string[][] = [];
		board.subscribe((status) => seen.push(status.notices.map((notice) => notice.id)));
		board.add(quota);
		board.dismiss('quota');
		board.add({ ...quota, message: 'toujours plein' });
		expect(seen).toEqual([[], ['quota'], [], ['quota']]);
		expect(board.status.notices).toEqual([{ ...quota, message: 'toujours plein' }]);
	});

	it('counts each corrupted record once, and forgets them when everything is erased', () => {
		const board = new StatusBoard(true, 'not-asked', [quota]);
		board.reportCorrupted([corrupted('a'), corrupted('b')]);
		board.reportCorrupted([corrupted('b')]);
		const notice = board.status.notices.find((item) => item.kind === 'corrupted');
		expect(notice?.message).toMatch(/^2 données de progression/);
		expect(notice?.message).toContain('securite');
		board.forgetCorrupted();
		expect(board.status.notices.map((item) => item.kind)).toEqual(['quota']);
		board.reportCorrupted([corrupted('a')]);
		expect(board.status.notices.at(-1)?.message).toMatch(/^Une donnée/);
	});

	it('keeps the notice short however many records are unreadable (2,000 here)', () => {
		const board = new StatusBoard(true, 'not-asked', []);
		board.reportCorrupted(
			Array.from({ length: 2000 }, (_, i) => ({
				table: 'modules' as const,
				key: `module-${i}`,
				slug: `module-${i}`
			}))
		);
		const notice = board.status.notices.find((item) => item.kind === 'corrupted');
		expect(notice?.message).toMatch(/^2\u202f000 données de progression/);
		expect(notice?.message).toContain(
			'module-0, module-1, module-2, module-3, module-4 et 1\u202f995 autres'
		);
		expect(notice!.message.length).toBeLessThan(300);
	});

	it('reports persistence, and whether it was asked during the visit', () => {
		const board = new StatusBoard(false, 'unsupported', []);
		expect(board.status).toEqual({
			available: false,
			notices: [],
			persistence: 'unsupported',
			persistenceAsked: false
		});
		board.markPersistenceAsked();
		expect(board.setPersistence('denied')).toBe('denied');
		expect(board.status).toMatchObject({ persistence: 'denied', persistenceAsked: true });
	});
});
