// Quiz snapshots arrive after every answer: each is serialised at once (the caller may change the
// object afterwards), and a save still waiting in the write queue takes the newer one instead of
// queueing another, so that only the latest snapshot is written.
import type { SnapshotGuard, SnapshotSaveResult } from './api';
import { MAX_SNAPSHOT_CHARS } from './limits';
import type { WriteQueue } from './write-queue';

/** The snapshot as stored JSON, or why it cannot be stored (French). */
export function serializeSnapshot(
	snapshot: unknown
): { ok: true; json: string } | { ok: false; message: string } {
	let json: string | undefined;
	try {
		json = JSON.stringify(snapshot);
	} catch {
		json = undefined;
	}
	if (json === undefined) {
		return { ok: false, message: 'L’état du quiz n’a pas pu être enregistré (format inattendu).' };
	}
	if (json.length > MAX_SNAPSHOT_CHARS) {
		return { ok: false, message: 'L’état du quiz est trop volumineux pour être enregistré.' };
	}
	return { ok: true, json };
}

/** Writes one module's snapshot (inside the queue). */
export type SnapshotWriter = (
	slug: string,
	quizHash: string,
	json: string,
	guard: SnapshotGuard | undefined
) => Promise<SnapshotSaveResult>;

interface PendingSnapshot {
	quizHash: string;
	json: string;
	guard: SnapshotGuard | undefined;
	promise: Promise<SnapshotSaveResult>;
}

/** Coalesces the snapshot saves of each module while they wait in the queue. */
export class SnapshotSaves {
	readonly #queue: WriteQueue;
	readonly #write: SnapshotWriter;
	readonly #pending = new Map<string, PendingSnapshot>();

	constructor(queue: WriteQueue, write: SnapshotWriter) {
		this.#queue = queue;
		this.#write = write;
	}

	/**
	 * Saves the snapshot, or hands it to the save of this module already waiting: that one then
	 * writes the newer state under the newer revision, still expecting what was stored before.
	 */
	save(
		slug: string,
		quizHash: string,
		snapshot: unknown,
		guard?: SnapshotGuard
	): Promise<SnapshotSaveResult> {
		const serialized = serializeSnapshot(snapshot);
		if (!serialized.ok) return Promise.resolve(serialized);
		const pending = this.#pending.get(slug);
		if (pending) {
			pending.quizHash = quizHash;
			pending.json = serialized.json;
			if (guard) {
				// Still what was stored before the first of the coalesced saves.
				const expected = pending.guard ? pending.guard.expected : guard.expected;
				pending.guard = { revision: guard.revision, expected };
			}
			return pending.promise;
		}
		const entry = { quizHash, json: serialized.json, guard } as PendingSnapshot;
		this.#pending.set(slug, entry);
		entry.promise = this.#queue.enqueue(() => {
			this.#pending.delete(slug);
			return this.#write(slug, entry.quizHash, entry.json, entry.guard);
		});
		return entry.promise;
	}
}
