import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../../tests/fixtures/progress/fixtures';
import { ProgressDatabase } from './dexie-backend';
import { DATABASE_NAME } from './limits';
import { historyProblems, SCHEMA_HISTORY, type SchemaVersion } from './schema-history';
import { openTestStore } from './store-test-helpers';

interface V1Dump {
	modules: unknown[];
	attempts: unknown[];
	quizSnapshots: unknown[];
}

/** Writes the version-1 fixture with the version-1 schema only, as a first visit would have. */
async function writeVersion1(indexedDB: IDBFactory): Promise<void> {
	const dump = JSON.parse(fixtureText('db-v1.json')) as V1Dump;
	const db = new ProgressDatabase(
		DATABASE_NAME,
		{ indexedDB, IDBKeyRange },
		SCHEMA_HISTORY.slice(0, 1)
	);
	await db.open();
	await db.modules.bulkPut(dump.modules);
	await db.attempts.bulkPut(dump.attempts);
	await db.quizSnapshots.bulkPut(dump.quizSnapshots);
	expect(db.verno).toBe(1);
	db.close();
}

describe('schema history', () => {
	it('is numbered 1, 2, 3… with no gap', () => {
		expect(historyProblems(SCHEMA_HISTORY)).toEqual([]);
		expect(historyProblems([{ ...SCHEMA_HISTORY[0]!, version: 2 }])).toHaveLength(1);
	});

	it('never changes a published version (append a new one instead)', () => {
		// Published versions, frozen. Editing one instead of appending breaks existing databases.
		const published = [
			{ version: 1, stores: { modules: 'slug', attempts: 'id, slug', quizSnapshots: 'slug' } },
			{ version: 2, stores: { videoProgress: 'slug' } }
		];
		expect(SCHEMA_HISTORY.length).toBeGreaterThanOrEqual(published.length);
		published.forEach((version, index) => {
			expect(SCHEMA_HISTORY[index]).toMatchObject(version);
		});
	});

	it('opens a database written by version 1 with the current code', async () => {
		const indexedDB = new IDBFactory();
		await writeVersion1(indexedDB);
		const { store } = await openTestStore({ indexedDB });
		expect(store.available).toBe(true);
		expect(store.status.notices).toEqual([]);
		const modules = await store.getAllModules();
		expect(modules.map((module) => [module.slug, module.status])).toEqual([
			['messagerie-academique', 'completed'],
			['mot-de-passe', 'in-progress']
		]);
		expect(modules[0]).toMatchObject({
			videoWatched: true,
			bestScore: { score: 5, total: 5 },
			lastScore: { score: 5, total: 5 },
			attempts: [{ score: 3 }, { score: 5 }]
		});
		expect(await store.loadQuizSnapshot('mot-de-passe', 'sha256-def456')).toMatchObject({
			status: 'resume',
			snapshot: { value: 'question', context: { index: 3 } }
		});
		(store as unknown as { close(): void }).close();
	});

	it('upgrades a version-1 database to version 2: the video table, nothing else moved', async () => {
		const indexedDB = new IDBFactory();
		await writeVersion1(indexedDB);
		const { store } = await openTestStore({ indexedDB });
		const before = await store.exportProgress();
		expect(
			await store.saveVideoProgress('mot-de-passe', {
				duration: 120,
				intervals: [[0, 60]],
				position: 60,
				watchedPercent: 90
			})
		).toEqual({ ok: true });
		const module = await store.getModule('mot-de-passe');
		expect(module.video).toMatchObject({ percent: 50, position: 60 });
		// Version 1's tick stays the learner's own: not turned into a measured video.
		expect((await store.getModule('messagerie-academique')).video).toBeUndefined();
		expect((await store.getModule('messagerie-academique')).videoWatched).toBe(true);
		const after = await store.exportProgress();
		expect(after.modules.find((m) => m.slug === 'messagerie-academique')).toEqual(
			before.modules.find((m) => m.slug === 'messagerie-academique')
		);
		(store as unknown as { close(): void }).close();
		const db = new ProgressDatabase(DATABASE_NAME, { indexedDB, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(2);
		expect(await db.videoProgress.count()).toBe(1);
		db.close();
	});

	it('runs the upgrades of later versions on version-1 data, in order', async () => {
		// A version 2 that exists only in this test, to prove the mechanism on real v1 data.
		const ran: string[] = [];
		const withV2: SchemaVersion[] = [
			...SCHEMA_HISTORY,
			{
				version: SCHEMA_HISTORY.length + 1,
				note: 'test : index des tentatives par date de fin',
				stores: { attempts: 'id, slug, endedAt' },
				upgrade: async (transaction) => {
					ran.push('v2');
					await transaction
						.table('modules')
						.toCollection()
						.modify((record: { migrated?: boolean }) => {
							record.migrated = true;
						});
				}
			}
		];
		const indexedDB = new IDBFactory();
		await writeVersion1(indexedDB);
		const db = new ProgressDatabase(DATABASE_NAME, { indexedDB, IDBKeyRange }, withV2);
		await db.open();
		expect(ran).toEqual(['v2']);
		expect(db.verno).toBe(withV2.length);
		expect(await db.modules.toArray()).toEqual([
			expect.objectContaining({ slug: 'messagerie-academique', migrated: true }),
			expect.objectContaining({ slug: 'mot-de-passe', migrated: true })
		]);
		expect(await db.attempts.where('endedAt').above('2026-11-21').count()).toBe(1);
		db.close();
	});
});
