// A database written by a newer Capsules (another tab, or a visit before a rollback): this code
// must not "repair" it. Dexie 4 opens a database of a higher version and, finding a table it
// knows missing, re-creates it and bumps the version: that would break the newer code's data.
// So the version on disk is read first, and a newer database is opened read-only.
import { Dexie, liveQuery } from 'dexie';
import type { ProgressBackend } from './backend';
import type { RawModuleData, RawProgressData } from './validate-stored';

/** The error a write to a newer database fails with (the store turns it into a message). */
export class ReadOnlyDatabaseError extends Error {
	override name = 'ReadOnlyDatabaseError';
}

/**
 * The native version of the database on disk, or null when there is none. Opening without a
 * version never upgrades an existing database; a missing one is not created (the upgrade that
 * would create it is aborted).
 */
export function installedVersion(factory: IDBFactory, name: string): Promise<number | null> {
	return new Promise((resolve, reject) => {
		const request = factory.open(name);
		let absent = false;
		request.onupgradeneeded = () => {
			absent = true;
			request.transaction?.abort();
		};
		request.onsuccess = () => {
			const version = request.result.version;
			request.result.close();
			resolve(version);
		};
		request.onerror = (event) => {
			if (absent) {
				event.preventDefault();
				resolve(null);
			} else {
				reject(request.error ?? new Error('IndexedDB open failed'));
			}
		};
		request.onblocked = () => reject(Object.assign(new Error('blocked'), { name: 'BlockedError' }));
	});
}

/**
 * True when a native IndexedDB version was written by a later schema than `latest` (Dexie stores
 * version n as 10 n, and may add 1 when it patches a schema in place).
 */
export function isNewerVersion(nativeVersion: number | null, latest: number): boolean {
	return nativeVersion !== null && Math.floor(nativeVersion / 10) > latest;
}

const TABLES = { modules: 'modules', attempts: 'attempts', snapshots: 'quizSnapshots' } as const;

/**
 * Opens a newer database as it is (Dexie's dynamic mode: no schema declared, nothing upgraded)
 * and reads the tables this code knows, those that still exist; every write is refused.
 */
export async function openReadOnlyBackend(
	name: string,
	options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }
): Promise<ProgressBackend> {
	const db = new Dexie(name, {
		...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
		...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {})
	});
	await db.open();
	const names = new Set(db.tables.map((table) => table.name));
	const all = async (table: string): Promise<unknown[]> =>
		names.has(table) ? db.table(table).toArray() : [];
	const readAll = async (): Promise<RawProgressData> => {
		const [modules, attempts, snapshots] = await Promise.all([
			all(TABLES.modules),
			all(TABLES.attempts),
			all(TABLES.snapshots)
		]);
		return { modules, attempts, snapshots };
	};
	const readModule = async (slug: string): Promise<RawModuleData> => {
		const { modules, attempts, snapshots } = await readAll();
		const of = (record: unknown) => (record as { slug?: unknown } | null)?.slug === slug;
		return {
			module: modules.find(of),
			attempts: attempts.filter(of),
			snapshot: snapshots.find(of)
		};
	};
	return {
		kind: 'indexeddb',
		readOnly: true,
		readAll,
		// Rare (a newer Capsules wrote the database): read everything at once.
		readPicked: async () => null,
		readModule,
		transact: () => Promise.reject(new ReadOnlyDatabaseError('newer database')),
		watch(onData, onError) {
			const subscription = liveQuery(readAll).subscribe({ next: onData, error: onError });
			return () => subscription.unsubscribe();
		},
		close: () => db.close()
	};
}
