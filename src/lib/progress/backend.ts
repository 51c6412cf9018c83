import type { SlugPick } from './api';
import type { AttemptRecord, ModuleRecord, SnapshotRecord } from './records';
import type { VideoRecord } from './video-records';
import type { RawModuleData, RawProgressData } from './validate-stored';

/** Writes applied together, all or nothing. */
export interface ProgressChanges {
	/** Empties every table first (clear, replace). */
	clear?: boolean;
	putModules?: ModuleRecord[];
	putAttempts?: AttemptRecord[];
	putSnapshots?: SnapshotRecord[];
	deleteSnapshots?: string[];
	putVideos?: VideoRecord[];
}

/** Reads and writes inside one transaction. */
export interface BackendTransaction {
	readAll(): Promise<RawProgressData>;
	readModule(slug: string): Promise<RawModuleData>;
	write(changes: ProgressChanges): Promise<void>;
}

export type { SlugPick };

/** True when a pick is most of what is stored: reading everything at once is then as fast. */
export function pickedMost(picked: number, stored: number): boolean {
	return picked * 2 > stored;
}

/** Where records live: IndexedDB (Dexie) or, when it is unavailable, memory for the visit. */
export interface ProgressBackend {
	readonly kind: 'indexeddb' | 'memory';
	/** A database written by a newer Capsules: read as it is, never written (see newer-database.ts). */
	readonly readOnly?: boolean;
	readAll(): Promise<RawProgressData>;
	/**
	 * Reads the records of the modules `pick` chooses, in one snapshot: only keys are read to
	 * choose, so a page's first screen need not wait for every record (and its clone). Offered
	 * the slugs of module records, quizzes in progress and videos: an attempt is always written
	 * with its module's record, so only a record deleted from outside hides a module from the
	 * pick (a full read shows it). Null when the pick is most of what is stored (`pickedMost`).
	 */
	readPicked(pick: SlugPick): Promise<RawProgressData | null>;
	readModule(slug: string): Promise<RawModuleData>;
	/** Runs `work` in one read-write transaction: every write lands, or none does. */
	transact<T>(work: (transaction: BackendTransaction) => Promise<T>): Promise<T>;
	/** Calls back with all raw data now and after every change, other tabs included. */
	watch(onData: (data: RawProgressData) => void, onError: (error: unknown) => void): () => void;
	close(): void;
}
