// The progress store over one backend (IndexedDB or memory): reads validated data, writes through
// one queue, follows changes live. Each job is a file of its own (status, live fan-out, write
// queue, snapshot saves, import); what to write is decided by the pure functions of `changes.ts`.
// This file wires them together.
import type {
	FirstRead,
	SlugPick,
	ImportMode,
	ImportPreviewResult,
	ImportResult,
	PersistenceState,
	ProgressStore,
	RecordAttemptResult,
	SnapshotGuard,
	SnapshotLoad,
	SnapshotSaveResult,
	StoreNotice,
	StoreStatus,
	WriteResult
} from './api';
import type { BackendTransaction, ProgressBackend } from './backend';
import {
	attemptChanges,
	checkNewAttempt,
	snapshotLoadDecision,
	snapshotSaveChanges,
	videoProgressChanges,
	videoWatchedChanges
} from './changes';
import { isoNow } from './dates';
import { deriveModuleProgress, progressBySlug } from './derive';
import type { ExportFile } from './export-format';
import type { QuizFacts } from './import-checks';
import type { ImportPreview } from './import-preview';
import { LiveFanout } from './live-fanout';
import { buildExportFile } from './merge';
import type { ModuleData, ModuleProgress } from './model';
import { readFailedNotice } from './notices';
import { requestPersistence, type StorageManagerLike } from './persistence';
import { newAttemptId, type ModuleRecord, type NewAttempt } from './records';
import { SnapshotSaves } from './snapshot-saves';
import { isSnapshotConflict, SNAPSHOT_CONFLICT_MESSAGE, snapshotView } from './snapshot-tabs';
import { applyImport, previewImport, type ImportContext } from './store-import';
import { StatusBoard } from './store-status';
import { readModuleRecord, validateModule, validateProgress } from './validate-stored';
import type { VideoInput } from './video-records';
import { WriteQueue, type WriteOutcome } from './write-queue';

const done = (result: WriteOutcome<unknown>): WriteResult =>
	result.ok ? { ok: true } : { ok: false, message: result.message };

/** The store's methods (see `ProgressStore`), over a backend that is already open. */
export class LocalProgressStore implements ProgressStore {
	readonly #backend: ProgressBackend;
	readonly #now: () => number;
	readonly #storage: StorageManagerLike | null;
	readonly #board: StatusBoard;
	readonly #live: LiveFanout;
	readonly #queue: WriteQueue;
	readonly #snapshots: SnapshotSaves;
	readonly #import: ImportContext;

	constructor(
		backend: ProgressBackend,
		now: () => number,
		storage: StorageManagerLike | null,
		persistence: PersistenceState,
		notices: StoreNotice[]
	) {
		this.#backend = backend;
		this.#now = now;
		this.#storage = storage;
		this.#board = new StatusBoard(this.available, persistence, notices);
		this.#live = new LiveFanout(
			(onData, onError) => backend.watch(onData, onError),
			(raw) => this.#validateAll(raw),
			(error) => this.addNotice(readFailedNotice(error))
		);
		this.#queue = new WriteQueue(backend, (notice) => this.addNotice(notice));
		this.#snapshots = new SnapshotSaves(this.#queue, (slug, quizHash, json, guard) =>
			this.#writeSnapshot(slug, quizHash, json, guard)
		);
		this.#import = {
			queue: this.#queue,
			now,
			readValidated: () => this.#readValidated(),
			progressSaved: () => this.#progressSaved()
		};
	}

	get available(): boolean {
		return this.#backend.kind === 'indexeddb';
	}

	get status(): StoreStatus {
		return this.#board.status;
	}

	subscribeStatus(callback: (status: StoreStatus) => void): () => void {
		return this.#board.subscribe(callback);
	}

	dismissNotice(id: string): void {
		this.#board.dismiss(id);
	}

	/** Adds or replaces a notice (same id) and shows it again if it had been dismissed. */
	addNotice(notice: StoreNotice): void {
		this.#board.add(notice);
	}

	#validateAll(raw: Parameters<typeof validateProgress>[0]): Map<string, ModuleData> {
		const validated = validateProgress(raw);
		this.#board.reportCorrupted(validated.corrupted);
		return validated.modules;
	}

	// Reads

	async getModule(slug: string): Promise<ModuleProgress> {
		try {
			const raw = await this.#backend.readModule(slug);
			const { data, corrupted } = validateModule(slug, raw);
			this.#board.reportCorrupted(corrupted);
			return deriveModuleProgress(slug, data);
		} catch (error) {
			this.addNotice(readFailedNotice(error));
			return deriveModuleProgress(slug, undefined);
		}
	}

	async getAllModules(): Promise<ModuleProgress[]> {
		return progressBySlug(await this.#readValidated());
	}

	async #readValidated(): Promise<ReadonlyMap<string, ModuleData>> {
		try {
			return this.#validateAll(await this.#backend.readAll());
		} catch (error) {
			this.addNotice(readFailedNotice(error));
			return new Map();
		}
	}

	liveModules(callback: (modules: ModuleProgress[]) => void, first?: FirstRead): () => void {
		const follow = () => this.#live.subscribe((modules) => callback(progressBySlug(modules)));
		// Already followed (another reader on the page): everything is at hand, nothing to pick.
		if (!first || this.#live.ready) return follow();
		let stopped = false;
		let stop: (() => void) | undefined;
		let cancelWait: (() => void) | undefined;
		const start = () => {
			if (!stopped) stop = follow();
		};
		void this.#readPicked(first.pick).then((modules) => {
			if (stopped) return;
			// Nothing read apart (most modules picked, or the read failed): the full read at once.
			if (!modules) return start();
			callback(progressBySlug(modules));
			if (first.defer) cancelWait = first.defer(start);
			else start();
		});
		return () => {
			stopped = true;
			cancelWait?.();
			stop?.();
		};
	}

	// The first screen's modules, validated like every read; null when they are most of what is
	// stored or when the read failed (the full read that follows reports it).
	async #readPicked(pick: SlugPick): Promise<ReadonlyMap<string, ModuleData> | null> {
		try {
			const raw = await this.#backend.readPicked(pick);
			return raw && this.#validateAll(raw);
		} catch {
			return null;
		}
	}

	liveModule(slug: string, callback: (module: ModuleProgress) => void): () => void {
		return this.#live.subscribe((modules) =>
			callback(deriveModuleProgress(slug, modules.get(slug)))
		);
	}

	// Writes: each one queued, its changes decided by `changes.ts` inside the transaction.

	async #moduleRecord(transaction: BackendTransaction, slug: string): Promise<ModuleRecord | null> {
		const raw = await transaction.readModule(slug);
		return readModuleRecord(raw.module) ?? null;
	}

	#progressSaved(): void {
		if (this.#board.persistence === 'not-asked' && this.available) void this.requestPersistence();
	}

	markVideoWatched(slug: string, watched: boolean): Promise<WriteResult> {
		return this.#queue.enqueue(async () => {
			const at = isoNow(this.#now());
			const result = await this.#queue.transact(async (transaction) => {
				const record = await this.#moduleRecord(transaction, slug);
				await transaction.write(videoWatchedChanges(record, slug, watched, at));
			});
			if (result.ok && watched) this.#progressSaved();
			return done(result);
		});
	}

	saveVideoProgress(slug: string, input: VideoInput): Promise<WriteResult> {
		return this.#queue.enqueue(async () => {
			const at = isoNow(this.#now());
			const result = await this.#queue.transact(async (transaction) => {
				const { data } = validateModule(slug, await transaction.readModule(slug));
				await transaction.write(videoProgressChanges(data, slug, input, at));
			});
			if (result.ok) this.#progressSaved();
			return done(result);
		});
	}

	saveQuizSnapshot(
		slug: string,
		quizHash: string,
		snapshot: unknown,
		guard?: SnapshotGuard
	): Promise<SnapshotSaveResult> {
		return this.#snapshots.save(slug, quizHash, snapshot, guard);
	}

	async #writeSnapshot(
		slug: string,
		quizHash: string,
		json: string,
		guard: SnapshotGuard | undefined
	): Promise<SnapshotSaveResult> {
		const at = isoNow(this.#now());
		const result = await this.#queue.transact(async (transaction) => {
			const { data } = validateModule(slug, await transaction.readModule(slug));
			// Another tab moved this quiz on: its state is kept, and handed back to follow.
			if (isSnapshotConflict(data.snapshot, quizHash, guard)) {
				return snapshotView(data.snapshot, quizHash);
			}
			await transaction.write(snapshotSaveChanges(data, slug, quizHash, json, at, guard?.revision));
			return null;
		});
		if (!result.ok) return result;
		if (result.value !== null) {
			return { ok: false, message: SNAPSHOT_CONFLICT_MESSAGE, conflict: result.value };
		}
		this.#progressSaved();
		return { ok: true };
	}

	liveQuizSnapshot(
		slug: string,
		quizHash: string,
		callback: (load: SnapshotLoad) => void
	): () => void {
		return this.#live.subscribe((modules) =>
			callback(snapshotView(modules.get(slug)?.snapshot ?? null, quizHash))
		);
	}

	loadQuizSnapshot(slug: string, quizHash: string): Promise<SnapshotLoad> {
		// Behind pending writes, so that a load never misses a save made just before.
		return this.#queue.enqueue(async () => {
			let raw: unknown;
			try {
				raw = (await this.#backend.readModule(slug)).snapshot;
			} catch (error) {
				this.addNotice(readFailedNotice(error));
				return { status: 'none' } as const;
			}
			const decision = snapshotLoadDecision(slug, quizHash, raw);
			// Unreadable: reported, cleared, and the quiz starts afresh.
			if (decision.corrupted.length > 0) this.#board.reportCorrupted(decision.corrupted);
			if (decision.changes) await this.#queue.write(decision.changes);
			return decision.load;
		});
	}

	clearQuizSnapshot(slug: string): Promise<WriteResult> {
		return this.#queue.enqueue(async () =>
			done(await this.#queue.write({ deleteSnapshots: [slug] }))
		);
	}

	recordAttempt(slug: string, attempt: NewAttempt): Promise<RecordAttemptResult> {
		const valid = checkNewAttempt(attempt);
		if (!valid) {
			return Promise.resolve({
				ok: false,
				message: 'Le résultat du quiz est incomplet : il n’a pas pu être enregistré.'
			});
		}
		return this.#queue.enqueue(async () => {
			const id = newAttemptId();
			const result = await this.#queue.transact(async (transaction) => {
				const record = await this.#moduleRecord(transaction, slug);
				await transaction.write(attemptChanges(record, slug, valid, id));
			});
			if (!result.ok) return { ok: false, message: result.message };
			this.#progressSaved();
			return { ok: true, attemptId: id };
		});
	}

	// Export, import, clear

	async exportProgress(): Promise<ExportFile> {
		return buildExportFile(await this.#readValidated(), this.#now());
	}

	previewImport(
		fileText: string,
		knownSlugs: Iterable<string>,
		quizzes?: ReadonlyMap<string, QuizFacts>
	): Promise<ImportPreviewResult> {
		return previewImport(this.#import, fileText, knownSlugs, quizzes);
	}

	applyImport(preview: ImportPreview, mode: ImportMode): Promise<ImportResult> {
		return applyImport(this.#import, preview, mode);
	}

	clearAll(): Promise<WriteResult> {
		return this.#queue.enqueue(async () => {
			const result = await this.#queue.write({ clear: true });
			if (result.ok) this.#board.forgetCorrupted();
			return done(result);
		});
	}

	requestPersistence(): Promise<PersistenceState> {
		return requestPersistence(this.#board, this.available, this.#storage);
	}

	/** Closes the database (tests). */
	close(): void {
		this.#live.close();
		this.#backend.close();
	}
}
