// A database written by a newer Capsules is read as it is and never modified (issue 11).
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { KNOWN_SLUGS } from '../../../tests/fixtures/progress/fixtures';
import { fixtureText } from '../../../tests/fixtures/progress/fixtures';
import { DATABASE_NAME } from './limits';
import { installedVersion, isNewerVersion } from './newer-database';
import { attempt, closingAfterEach, SLUG } from './store-test-helpers';

const open = closingAfterEach();

/** What the database holds: its native version, its tables and every record. */
function inspect(indexedDB: IDBFactory): Promise<{ version: number; tables: unknown }> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE_NAME);
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const db = request.result;
			const names = [...db.objectStoreNames].sort();
			const transaction = db.transaction(names, 'readonly');
			const tables: Record<string, unknown> = {};
			for (const name of names) {
				const all = transaction.objectStore(name).getAll();
				all.onsuccess = () => (tables[name] = all.result);
			}
			transaction.oncomplete = () => {
				db.close();
				resolve({ version: db.version, tables });
			};
		};
	});
}

/** A database as a future Capsules (schema version 3) leaves it: `quizSnapshots` dropped. */
function writeNewerDatabase(indexedDB: IDBFactory): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE_NAME, 30);
		request.onerror = () => reject(request.error);
		request.onupgradeneeded = () => {
			const db = request.result;
			const modules = db.createObjectStore('modules', { keyPath: 'slug' });
			const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
			attempts.createIndex('slug', 'slug');
			db.createObjectStore('videoIntervals', { keyPath: 'slug' });
			modules.put({
				slug: SLUG,
				startedAt: '2026-11-20T09:00:00.000Z',
				updatedAt: '2026-11-20T09:10:00.000Z',
				videoWatchedAt: '2026-11-20T09:05:00.000Z',
				futureField: 1
			});
			attempts.put({ id: 't-1', slug: SLUG, ...attempt() });
		};
		request.onsuccess = () => {
			request.result.close();
			resolve();
		};
	});
}

describe('a database written by a newer Capsules', () => {
	it('is shown read-only, with a notice, and never modified', async () => {
		const indexedDB = new IDBFactory();
		await writeNewerDatabase(indexedDB);
		const before = await inspect(indexedDB);
		const { store } = await open({ indexedDB });

		expect(store.status.notices.map((notice) => notice.message)).toEqual([
			expect.stringContaining('cette page ne peut rien y modifier')
		]);
		expect(await store.getModule(SLUG)).toMatchObject({
			status: 'completed',
			videoWatched: true,
			quizInProgress: false
		});
		expect((await store.getAllModules()).map((module) => module.slug)).toEqual([SLUG]);

		// Every kind of write is refused with a message, and none reaches the disk.
		const refused = { ok: false, message: expect.stringContaining('Rien n’a été enregistré') };
		expect(await store.markVideoWatched(SLUG, false)).toEqual(refused);
		expect(await store.saveQuizSnapshot(SLUG, 'h1', { step: 1 })).toEqual(refused);
		expect(await store.recordAttempt(SLUG, attempt())).toEqual(refused);
		expect(await store.clearAll()).toEqual(refused);
		const preview = await store.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
		if (!preview.ok) throw new Error(preview.message);
		expect(await store.applyImport(preview.preview, 'replace')).toMatchObject({ ok: false });
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toEqual({ status: 'none' });
		store.close();

		expect(await inspect(indexedDB)).toEqual(before);
		expect(before.version).toBe(30);
	});

	it('is told apart from a database of this version, even one Dexie patched in place', () => {
		expect(isNewerVersion(null, 1)).toBe(false);
		expect(isNewerVersion(10, 1)).toBe(false);
		expect(isNewerVersion(11, 1)).toBe(false);
		expect(isNewerVersion(20, 1)).toBe(true);
		expect(isNewerVersion(30, 2)).toBe(true);
	});

	it('is probed without creating a database that does not exist', async () => {
		const indexedDB = new IDBFactory();
		expect(await installedVersion(indexedDB, DATABASE_NAME)).toBeNull();
		expect(await indexedDB.databases()).toEqual([]);
		const { store } = await open({ indexedDB });
		expect(await store.markVideoWatched(SLUG, true)).toEqual({ ok: true });
		expect(store.status.notices).toEqual([]);
	});
});
