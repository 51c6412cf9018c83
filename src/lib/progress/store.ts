// Opens the progress store (this module is the lazily loaded chunk `open-store.ts` imports):
// IndexedDB when it works, otherwise memory for the visit with a notice saying so.
import type { ProgressStore, StoreNotice } from './api';
import type { ProgressBackend } from './backend';
import { openDexieBackend } from './dexie-backend';
import { createMemoryBackend } from './memory-backend';
import {
	isVersionError,
	NEWER_DATABASE_NOTICE,
	OUTDATED_TAB_NOTICE,
	READ_ONLY_NOTICE,
	UNAVAILABLE_NOTICE
} from './notices';
import { defaultStorageManager, initialPersistence, type StorageManagerLike } from './persistence';
import { LocalProgressStore } from './progress-store';

export type { StorageManagerLike } from './persistence';

/** How to build a store; every field is optional (tests inject fakes). */
export interface ProgressStoreOptions {
	/** A ready backend; otherwise IndexedDB is opened, with memory as the fallback. */
	backend?: ProgressBackend;
	databaseName?: string;
	indexedDB?: IDBFactory;
	IDBKeyRange?: typeof IDBKeyRange;
	openTimeoutMs?: number;
	/** Clock (ms since epoch). */
	now?: () => number;
	/** `navigator.storage` by default; null when absent. */
	storageManager?: StorageManagerLike | null;
}

/**
 * Opens the store: IndexedDB when it works, otherwise memory for this visit with a notice.
 * Never rejects.
 */
export async function createProgressStore(
	options: ProgressStoreOptions = {}
): Promise<ProgressStore & { close(): void }> {
	const now = options.now ?? Date.now;
	const storage =
		options.storageManager === undefined ? defaultStorageManager() : options.storageManager;
	const notices: StoreNotice[] = [];
	// The database's "another tab upgraded" callback needs the store, built after it opens.
	const outdated: { notify?: () => void } = {};
	let backend = options.backend;
	if (!backend) {
		try {
			backend = await openDexieBackend({
				name: options.databaseName,
				indexedDB: options.indexedDB,
				IDBKeyRange: options.IDBKeyRange,
				timeoutMs: options.openTimeoutMs,
				onOutdated: () => outdated.notify?.()
			});
		} catch (error) {
			backend = createMemoryBackend();
			notices.push(isVersionError(error) ? NEWER_DATABASE_NOTICE : UNAVAILABLE_NOTICE);
		}
	}
	if (backend.readOnly) notices.push(READ_ONLY_NOTICE);
	const persistence = await initialPersistence(backend.kind === 'indexeddb', storage);
	const store = new LocalProgressStore(backend, now, storage, persistence, notices);
	outdated.notify = () => store.addNotice(OUTDATED_TAB_NOTICE);
	return store;
}
