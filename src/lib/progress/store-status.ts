// The store's notices and persistence state, with the listeners that show them (StorageNotice,
// /progression). Nothing here touches the database.
import type { PersistenceState, StoreNotice, StoreStatus } from './api';
import { corruptedNotice } from './notices';
import type { CorruptedRecord } from './validate-stored';

/** Notices, dismissals and persistence of one store, told to every status listener. */
export class StatusBoard {
	readonly #available: boolean;
	#notices: StoreNotice[];
	#dismissed = new Set<string>();
	#corrupted = new Map<string, CorruptedRecord>();
	#persistence: PersistenceState;
	#persistenceAsked = false;
	#listeners = new Set<(status: StoreStatus) => void>();

	constructor(available: boolean, persistence: PersistenceState, notices: StoreNotice[]) {
		this.#available = available;
		this.#persistence = persistence;
		this.#notices = notices;
	}

	/** The status as the components show it (dismissed notices left out). */
	get status(): StoreStatus {
		return {
			available: this.#available,
			notices: this.#notices.filter((notice) => !this.#dismissed.has(notice.id)),
			persistence: this.#persistence,
			persistenceAsked: this.#persistenceAsked
		};
	}

	get persistence(): PersistenceState {
		return this.#persistence;
	}

	/** Calls back now and on every change; returns the unsubscribe function. */
	subscribe(callback: (status: StoreStatus) => void): () => void {
		this.#listeners.add(callback);
		callback(this.status);
		return () => this.#listeners.delete(callback);
	}

	/** Hides a notice until it is added again. */
	dismiss(id: string): void {
		this.#dismissed.add(id);
		this.#emit();
	}

	/** Adds or replaces a notice (same id) and shows it again if it had been dismissed. */
	add(notice: StoreNotice): void {
		this.#notices = [...this.#notices.filter((item) => item.id !== notice.id), notice];
		this.#dismissed.delete(notice.id);
		this.#emit();
	}

	/** Counts skipped records once each (by table and key) in one "corrupted" notice. */
	reportCorrupted(corrupted: readonly CorruptedRecord[]): void {
		let added = false;
		for (const record of corrupted) {
			const key = `${record.table}:${record.key}`;
			if (!this.#corrupted.has(key)) {
				this.#corrupted.set(key, record);
				added = true;
			}
		}
		if (added) this.add(corruptedNotice([...this.#corrupted.values()]));
	}

	/** Everything was erased: the corrupted records are gone, and so is their notice. */
	forgetCorrupted(): void {
		this.#corrupted.clear();
		this.#notices = this.#notices.filter((notice) => notice.kind !== 'corrupted');
		this.#emit();
	}

	/** `navigator.storage.persist()` is being asked during this visit. */
	markPersistenceAsked(): void {
		this.#persistenceAsked = true;
	}

	/** Records the browser's answer and tells the listeners. */
	setPersistence(state: PersistenceState): PersistenceState {
		this.#persistence = state;
		this.#emit();
		return state;
	}

	#emit(): void {
		const status = this.status;
		for (const listener of this.#listeners) listener(status);
	}
}
