// Shared by this folder's store tests: a fresh fake IndexedDB per test, a fixed clock.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { NOW } from '../../../tests/fixtures/progress/fixtures';
import type { StorageManagerLike } from './store';
import { createProgressStore, type ProgressStoreOptions } from './store';

/** A fake `navigator.storage` that records how often persist() was asked. */
export function fakeStorage(grant = true): StorageManagerLike & { asked: number } {
	const storage = {
		asked: 0,
		persisted: async () => false,
		persist: async () => {
			storage.asked += 1;
			return grant;
		}
	};
	return storage;
}

/** A store on a fresh (or given) fake IndexedDB, with a fixed clock. */
export async function openTestStore(options: ProgressStoreOptions = {}) {
	const indexedDB = options.indexedDB ?? new IDBFactory();
	const store = await createProgressStore({
		indexedDB,
		IDBKeyRange,
		now: () => NOW,
		storageManager: null,
		...options
	});
	return { store, indexedDB };
}

/** Resolves with the first value a live subscription delivers that passes `accept`. */
export function nextValue<T>(
	subscribe: (callback: (value: T) => void) => () => void,
	accept: (value: T) => boolean = () => true,
	timeoutMs = 2000
): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => {
			unsubscribe();
			reject(new Error('no matching live value in time'));
		}, timeoutMs);
		const unsubscribe = subscribe((value) => {
			if (!accept(value)) return;
			clearTimeout(timer);
			queueMicrotask(() => unsubscribe());
			resolve(value);
		});
	});
}
