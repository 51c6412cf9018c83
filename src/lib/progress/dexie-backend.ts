import { Dexie, liveQuery, type Table, type Transaction } from 'dexie';
import {
	pickedMost,
	type BackendTransaction,
	type ProgressBackend,
	type ProgressChanges,
	type SlugPick
} from './backend';
import { DATABASE_NAME, OPEN_TIMEOUT_MS } from './limits';
import { installedVersion, isNewerVersion, openReadOnlyBackend } from './newer-database';
import { declareSchema, SCHEMA_HISTORY, type SchemaVersion } from './schema-history';
import type { RawModuleData, RawProgressData } from './validate-stored';

/** The database; tables hold `unknown` because every read is validated. */
export class ProgressDatabase extends Dexie {
	declare modules: Table<unknown, string>;
	declare attempts: Table<unknown, string>;
	declare quizSnapshots: Table<unknown, string>;
	declare videoProgress: Table<unknown, string>;

	constructor(name: string, options: DexieBackendOptions = {}, history = SCHEMA_HISTORY) {
		super(name, {
			...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
			...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {})
		});
		declareSchema(this, history);
	}
}

/** Where and how to open the database (tests pass fake-indexeddb). */
export interface DexieBackendOptions {
	name?: string;
	indexedDB?: IDBFactory;
	IDBKeyRange?: typeof IDBKeyRange;
	timeoutMs?: number;
	history?: readonly SchemaVersion[];
	/** Another tab opened a newer schema (or deleted the database): this one must reload. */
	onOutdated?: () => void;
}

/** The tables, either the database's or bound to one transaction. */
interface Tables {
	modules: Table<unknown, string>;
	attempts: Table<unknown, string>;
	quizSnapshots: Table<unknown, string>;
	videoProgress: Table<unknown, string>;
}

/** The tables bound to one transaction object (never to Dexie's implicit zone). */
function bound(tx: Transaction): Tables {
	return {
		modules: tx.table('modules'),
		attempts: tx.table('attempts'),
		quizSnapshots: tx.table('quizSnapshots'),
		videoProgress: tx.table('videoProgress')
	};
}

async function readAll(tables: Tables): Promise<RawProgressData> {
	const [modules, attempts, snapshots, videos] = await Promise.all([
		tables.modules.toArray(),
		tables.attempts.toArray(),
		tables.quizSnapshots.toArray(),
		tables.videoProgress.toArray()
	]);
	return { modules, attempts, snapshots, videos };
}

/**
 * The slugs of the modules' own records (module, quiz in progress, video), sorted, each once:
 * primary keys only, nothing is cloned. Attempts' slugs are left out: walking their index is a
 * round trip per module, and every attempt is written with its module's record.
 */
async function storedSlugs(tables: Tables): Promise<string[]> {
	const keys = await Promise.all([
		tables.modules.toCollection().primaryKeys(),
		tables.quizSnapshots.toCollection().primaryKeys(),
		tables.videoProgress.toCollection().primaryKeys()
	]);
	// Keys are as untrusted as records: only strings can name a module.
	const slugs = new Set(keys.flat().filter((key): key is string => typeof key === 'string'));
	return [...slugs].sort();
}

async function readPicked(tables: Tables, pick: SlugPick): Promise<RawProgressData | null> {
	const stored = await storedSlugs(tables);
	const slugs = [...pick(stored)];
	if (pickedMost(slugs.length, stored.length)) return null;
	const [modules, attempts, snapshots, videos] = await Promise.all([
		tables.modules.bulkGet(slugs),
		tables.attempts.where('slug').anyOf(slugs).toArray(),
		tables.quizSnapshots.bulkGet(slugs),
		tables.videoProgress.bulkGet(slugs)
	]);
	const found = (records: unknown[]) => records.filter((record) => record !== undefined);
	return { modules: found(modules), attempts, snapshots: found(snapshots), videos: found(videos) };
}

async function readModule(tables: Tables, slug: string): Promise<RawModuleData> {
	const [module, attempts, snapshot, video] = await Promise.all([
		tables.modules.get(slug),
		tables.attempts.where('slug').equals(slug).toArray(),
		tables.quizSnapshots.get(slug),
		tables.videoProgress.get(slug)
	]);
	return { module, attempts, snapshot, video };
}

async function write(tables: Tables, changes: ProgressChanges): Promise<void> {
	if (changes.clear) {
		await Promise.all([
			tables.modules.clear(),
			tables.attempts.clear(),
			tables.quizSnapshots.clear(),
			tables.videoProgress.clear()
		]);
	}
	if (changes.putModules?.length) await tables.modules.bulkPut(changes.putModules);
	if (changes.putAttempts?.length) await tables.attempts.bulkPut(changes.putAttempts);
	if (changes.putSnapshots?.length) await tables.quizSnapshots.bulkPut(changes.putSnapshots);
	if (changes.deleteSnapshots?.length) {
		await tables.quizSnapshots.bulkDelete(changes.deleteSnapshots);
	}
	if (changes.putVideos?.length) await tables.videoProgress.bulkPut(changes.putVideos);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(Object.assign(new Error('IndexedDB open timed out'), { name: 'TimeoutError' })),
			ms
		);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error);
			}
		);
	});
}

/**
 * Opens the IndexedDB database; rejects when IndexedDB is missing, blocked or too slow. A
 * database written by a newer schema is opened read-only, as it is (`readOnly`).
 */
export async function openDexieBackend(
	options: DexieBackendOptions = {}
): Promise<ProgressBackend> {
	const name = options.name ?? DATABASE_NAME;
	const timeoutMs = options.timeoutMs ?? OPEN_TIMEOUT_MS;
	const factory = options.indexedDB ?? globalThis.indexedDB;
	const latest = (options.history ?? SCHEMA_HISTORY).at(-1)?.version ?? 1;
	// Without IndexedDB, Dexie's own open below fails with the error the store expects.
	if (
		factory &&
		isNewerVersion(await withTimeout(installedVersion(factory, name), timeoutMs), latest)
	) {
		return withTimeout(openReadOnlyBackend(name, options), timeoutMs);
	}
	const db = new ProgressDatabase(name, options, options.history);
	db.on('versionchange', () => {
		options.onOutdated?.();
	});
	try {
		await withTimeout(db.open(), timeoutMs);
	} catch (error) {
		db.close();
		throw error;
	}
	return {
		kind: 'indexeddb',
		readAll: () => readAll(db),
		readPicked: (pick) =>
			db.transaction('r', [db.modules, db.attempts, db.quizSnapshots, db.videoProgress], (tx) =>
				readPicked(bound(tx), pick)
			),
		readModule: (slug) => readModule(db, slug),
		// Tables bound to the transaction object, not to Dexie's implicit zone: a write can
		// never slip out of the transaction, even after awaits in nested async functions.
		transact: (work) =>
			db.transaction('rw', [db.modules, db.attempts, db.quizSnapshots, db.videoProgress], (tx) => {
				const tables = bound(tx);
				const transaction: BackendTransaction = {
					readAll: () => readAll(tables),
					readModule: (slug) => readModule(tables, slug),
					write: (changes) => write(tables, changes)
				};
				return work(transaction);
			}),
		watch(onData, onError) {
			const subscription = liveQuery(() => readAll(db)).subscribe({ next: onData, error: onError });
			return () => subscription.unsubscribe();
		},
		close: () => db.close()
	};
}
