// Durable storage (`navigator.storage.persist()`): what the browser says at opening, and the one
// request made after the first progress is saved.
import type { PersistenceState } from './api';
import type { StatusBoard } from './store-status';

/** The part of `navigator.storage` the store uses. */
export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

/** `navigator.storage`, or null outside a browser that has it. */
export function defaultStorageManager(): StorageManagerLike | null {
	return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/** The state at opening: `not-asked` (or `persisted`) when IndexedDB is used and can persist. */
export async function initialPersistence(
	available: boolean,
	storage: StorageManagerLike | null
): Promise<PersistenceState> {
	if (!available || !storage?.persist) return 'unsupported';
	try {
		if (await storage.persisted?.()) return 'persisted';
	} catch {
		// Unknown: asking again later is harmless.
	}
	return 'not-asked';
}

/** Asks the browser to keep the data durably; the answer goes to the status board. */
export async function requestPersistence(
	board: StatusBoard,
	available: boolean,
	storage: StorageManagerLike | null
): Promise<PersistenceState> {
	if (!available || !storage?.persist) return board.setPersistence('unsupported');
	if (board.persistence === 'persisted') return board.persistence;
	board.markPersistenceAsked();
	try {
		if (await storage.persisted?.()) return board.setPersistence('persisted');
		return board.setPersistence((await storage.persist()) ? 'persisted' : 'denied');
	} catch {
		return board.setPersistence('denied');
	}
}
