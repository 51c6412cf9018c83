import { plural, quantity } from '../french';
import type {
	ImportMode,
	ImportPreviewResult,
	ImportResult,
	PersistenceState,
	ProgressStore,
	RecordAttemptResult,
	SnapshotLoad,
	StoreNotice,
	StoreStatus,
	WriteResult
} from './api';
import type { BackendTransaction, ProgressBackend } from './backend';
import { isoNow, laterDate } from './dates';
import { deriveModuleProgress } from './derive';
import { openDexieBackend } from './dexie-backend';
import type { ExportFile } from './export-format';
import type { ImportPreview } from './import-preview';
import { MAX_SNAPSHOT_CHARS } from './limits';
import { createMemoryBackend } from './memory-backend';
import { attemptFromImport, buildExportFile, mergeModule, recordFromImport } from './merge';
import type { ModuleData, ModuleProgress } from './model';
import {
	corruptedNotice,
	isQuotaError,
	isVersionError,
	NEWER_DATABASE_NOTICE,
	OUTDATED_TAB_NOTICE,
	QUOTA_NOTICE,
	readFailedNotice,
	UNAVAILABLE_NOTICE,
	writeFailedNotice
} from './notices';
import {
	newAttemptId,
	newAttemptSchema,
	type AttemptRecord,
	type ModuleRecord,
	type NewAttempt
} from './records';
import { parseJsonSafely } from './safe-json';
import {
	readModuleRecord,
	validateModule,
	validateProgress,
	type CorruptedRecord,
	type ValidatedProgress
} from './validate-stored';

/** The part of `navigator.storage` the store uses. */
export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

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

type Listener = (modules: ReadonlyMap<string, ModuleData>) => void;

interface PendingSnapshot {
	quizHash: string;
	json: string;
	promise: Promise<WriteResult>;
}

class ValidationFailure extends Error {
	override name = 'ValidationFailure';
}

function hasProgress(data: ModuleData): boolean {
	return data.record !== null || data.attempts.length > 0 || data.snapshot !== null;
}

function bySlug(modules: ReadonlyMap<string, ModuleData>): ModuleProgress[] {
	return [...modules.entries()]
		.filter(([, data]) => hasProgress(data))
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([slug, data]) => deriveModuleProgress(slug, data));
}

function serialise(snapshot: unknown): { ok: true; json: string } | { ok: false; message: string } {
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

class Store implements ProgressStore {
	readonly #backend: ProgressBackend;
	readonly #now: () => number;
	readonly #storage: StorageManagerLike | null;
	#notices: StoreNotice[] = [];
	#dismissed = new Set<string>();
	#corrupted = new Map<string, CorruptedRecord>();
	#persistence: PersistenceState;
	#persistenceAsked = false;
	#statusListeners = new Set<(status: StoreStatus) => void>();
	#listeners = new Set<Listener>();
	#stopWatching: (() => void) | undefined;
	#latest: ReadonlyMap<string, ModuleData> | undefined;
	#queue: Promise<unknown> = Promise.resolve();
	#pendingSnapshots = new Map<string, PendingSnapshot>();

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
		this.#persistence = persistence;
		this.#notices = notices;
	}

	get available(): boolean {
		return this.#backend.kind === 'indexeddb';
	}

	get status(): StoreStatus {
		return {
			available: this.available,
			notices: this.#notices.filter((notice) => !this.#dismissed.has(notice.id)),
			persistence: this.#persistence,
			persistenceAsked: this.#persistenceAsked
		};
	}

	subscribeStatus(callback: (status: StoreStatus) => void): () => void {
		this.#statusListeners.add(callback);
		callback(this.status);
		return () => this.#statusListeners.delete(callback);
	}

	dismissNotice(id: string): void {
		this.#dismissed.add(id);
		this.#emitStatus();
	}

	/** Adds or replaces a notice (same id) and shows it again if it had been dismissed. */
	addNotice(notice: StoreNotice): void {
		this.#notices = [...this.#notices.filter((item) => item.id !== notice.id), notice];
		this.#dismissed.delete(notice.id);
		this.#emitStatus();
	}

	#emitStatus(): void {
		const status = this.status;
		for (const listener of this.#statusListeners) listener(status);
	}

	#report(corrupted: readonly CorruptedRecord[]): void {
		let added = false;
		for (const record of corrupted) {
			const key = `${record.table}:${record.key}`;
			if (!this.#corrupted.has(key)) {
				this.#corrupted.set(key, record);
				added = true;
			}
		}
		if (added) this.addNotice(corruptedNotice([...this.#corrupted.values()]));
	}

	#validateAll(raw: Parameters<typeof validateProgress>[0]): ValidatedProgress {
		const validated = validateProgress(raw, this.#now());
		this.#report(validated.corrupted);
		return validated;
	}

	// Reads

	async getModule(slug: string): Promise<ModuleProgress> {
		try {
			const { data, corrupted } = validateModule(
				slug,
				await this.#backend.readModule(slug),
				this.#now()
			);
			this.#report(corrupted);
			return deriveModuleProgress(slug, data);
		} catch (error) {
			this.addNotice(readFailedNotice(error));
			return deriveModuleProgress(slug, undefined);
		}
	}

	async getAllModules(): Promise<ModuleProgress[]> {
		return bySlug(await this.#readValidated());
	}

	async #readValidated(): Promise<ReadonlyMap<string, ModuleData>> {
		try {
			return this.#validateAll(await this.#backend.readAll()).modules;
		} catch (error) {
			this.addNotice(readFailedNotice(error));
			return new Map();
		}
	}

	#subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		if (this.#stopWatching === undefined) {
			this.#stopWatching = this.#backend.watch(
				(raw) => {
					const { modules } = this.#validateAll(raw);
					this.#latest = modules;
					for (const current of this.#listeners) current(modules);
				},
				(error) => this.addNotice(readFailedNotice(error))
			);
		} else if (this.#latest !== undefined) {
			const latest = this.#latest;
			queueMicrotask(() => {
				if (this.#listeners.has(listener)) listener(latest);
			});
		}
		return () => {
			this.#listeners.delete(listener);
			if (this.#listeners.size === 0 && this.#stopWatching) {
				this.#stopWatching();
				this.#stopWatching = undefined;
				this.#latest = undefined;
			}
		};
	}

	liveModules(callback: (modules: ModuleProgress[]) => void): () => void {
		return this.#subscribe((modules) => callback(bySlug(modules)));
	}

	liveModule(slug: string, callback: (module: ModuleProgress) => void): () => void {
		return this.#subscribe((modules) => callback(deriveModuleProgress(slug, modules.get(slug))));
	}

	// Writes: one queue, so that answers land in the order they were given.

	#enqueue<T>(task: () => Promise<T>): Promise<T> {
		const next = this.#queue.then(task, task);
		this.#queue = next.catch(() => undefined);
		return next;
	}

	async #write<T>(
		work: (transaction: BackendTransaction) => Promise<T>
	): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
		for (let attempt = 0; ; attempt += 1) {
			try {
				const value = await this.#backend.transact(work);
				return { ok: true, value };
			} catch (error) {
				if (error instanceof ValidationFailure) return { ok: false, message: error.message };
				if (isQuotaError(error)) {
					this.addNotice(QUOTA_NOTICE);
					return { ok: false, message: QUOTA_NOTICE.message };
				}
				// One retry: Safari and Chrome sometimes lose the connection and Dexie reopens it.
				if (attempt === 0) continue;
				const notice = writeFailedNotice(error);
				this.addNotice(notice);
				return { ok: false, message: notice.message };
			}
		}
	}

	async #moduleRecord(transaction: BackendTransaction, slug: string): Promise<ModuleRecord | null> {
		const raw = await transaction.readModule(slug);
		return readModuleRecord(raw.module, this.#now()) ?? null;
	}

	#touch(record: ModuleRecord | null, slug: string, at: string): ModuleRecord {
		return record
			? { ...record, updatedAt: laterDate(record.updatedAt, at)! }
			: { slug, startedAt: at, updatedAt: at, videoWatchedAt: null };
	}

	#progressSaved(): void {
		if (this.#persistence === 'not-asked' && this.available) void this.requestPersistence();
	}

	markVideoWatched(slug: string, watched: boolean): Promise<WriteResult> {
		return this.#enqueue(async () => {
			const at = isoNow(this.#now());
			const result = await this.#write(async (transaction) => {
				const record = this.#touch(await this.#moduleRecord(transaction, slug), slug, at);
				record.videoWatchedAt = watched ? (record.videoWatchedAt ?? at) : null;
				await transaction.write({ putModules: [record] });
			});
			if (result.ok && watched) this.#progressSaved();
			return result.ok ? { ok: true } : result;
		});
	}

	saveQuizSnapshot(slug: string, quizHash: string, snapshot: unknown): Promise<WriteResult> {
		// Serialised now: the caller may change the object once this returns.
		const serialised = serialise(snapshot);
		if (!serialised.ok) return Promise.resolve(serialised);
		// Only the latest snapshot matters: a save still waiting in the queue takes the new one.
		const pending = this.#pendingSnapshots.get(slug);
		if (pending) {
			pending.quizHash = quizHash;
			pending.json = serialised.json;
			return pending.promise;
		}
		const entry = { quizHash, json: serialised.json } as PendingSnapshot;
		this.#pendingSnapshots.set(slug, entry);
		entry.promise = this.#enqueue(async () => {
			this.#pendingSnapshots.delete(slug);
			const at = isoNow(this.#now());
			const result = await this.#write(async (transaction) => {
				const raw = await transaction.readModule(slug);
				const { data } = validateModule(slug, raw, this.#now());
				const startedAt =
					data.snapshot && data.snapshot.quizHash === entry.quizHash ? data.snapshot.startedAt : at;
				await transaction.write({
					putModules: [this.#touch(data.record, slug, at)],
					putSnapshots: [
						{ slug, quizHash: entry.quizHash, startedAt, savedAt: at, snapshotJson: entry.json }
					]
				});
			});
			if (result.ok) this.#progressSaved();
			return result.ok ? { ok: true } : result;
		});
		return entry.promise;
	}

	loadQuizSnapshot(slug: string, quizHash: string): Promise<SnapshotLoad> {
		// Behind pending writes, so that a load never misses a save made just before.
		return this.#enqueue(async () => {
			let raw: unknown;
			try {
				raw = (await this.#backend.readModule(slug)).snapshot;
			} catch (error) {
				this.addNotice(readFailedNotice(error));
				return { status: 'none' } as const;
			}
			if (raw === undefined) return { status: 'none' } as const;
			const { data, corrupted } = validateModule(
				slug,
				{ module: undefined, attempts: [], snapshot: raw },
				this.#now()
			);
			const record = data.snapshot;
			const parsed = record ? parseJsonSafely(record.snapshotJson) : undefined;
			if (!record || !parsed?.ok) {
				// Unreadable: reported, cleared, and the quiz starts afresh.
				this.#report(
					corrupted.length > 0 ? corrupted : [{ table: 'quizSnapshots', key: slug, slug }]
				);
				await this.#write((transaction) => transaction.write({ deleteSnapshots: [slug] }));
				return { status: 'none' } as const;
			}
			if (record.quizHash !== quizHash) {
				await this.#write((transaction) => transaction.write({ deleteSnapshots: [slug] }));
				return { status: 'stale' } as const;
			}
			return {
				status: 'resume',
				snapshot: parsed.value,
				startedAt: record.startedAt,
				savedAt: record.savedAt
			} as const;
		});
	}

	clearQuizSnapshot(slug: string): Promise<WriteResult> {
		return this.#enqueue(async () => {
			const result = await this.#write((transaction) =>
				transaction.write({ deleteSnapshots: [slug] })
			);
			return result.ok ? { ok: true } : result;
		});
	}

	recordAttempt(slug: string, attempt: NewAttempt): Promise<RecordAttemptResult> {
		const parsed = newAttemptSchema.safeParse(attempt);
		if (
			!parsed.success ||
			parsed.data.score > parsed.data.total ||
			Date.parse(parsed.data.endedAt) < Date.parse(parsed.data.startedAt)
		) {
			return Promise.resolve({
				ok: false,
				message: 'Le résultat du quiz est incomplet : il n’a pas pu être enregistré.'
			});
		}
		const valid = parsed.data;
		return this.#enqueue(async () => {
			const id = newAttemptId();
			const result = await this.#write(async (transaction) => {
				const record = this.#touch(
					await this.#moduleRecord(transaction, slug),
					slug,
					valid.endedAt
				);
				if (Date.parse(valid.startedAt) < Date.parse(record.startedAt)) {
					record.startedAt = valid.startedAt;
				}
				const stored: AttemptRecord = { id, slug, ...valid };
				await transaction.write({
					putModules: [record],
					putAttempts: [stored],
					deleteSnapshots: [slug]
				});
			});
			if (!result.ok) return result;
			this.#progressSaved();
			return { ok: true, attemptId: id };
		});
	}

	// Export, import, clear

	async exportProgress(): Promise<ExportFile> {
		return buildExportFile(await this.#readValidated(), this.#now());
	}

	async previewImport(
		fileText: string,
		knownSlugs: Iterable<string>
	): Promise<ImportPreviewResult> {
		let code: typeof import('./import-code');
		try {
			code = await import('./import-code');
		} catch {
			// Offline after a deployment: the import code cannot be downloaded.
			return {
				ok: false,
				reason: 'code-unavailable',
				message:
					'L’import n’a pas pu démarrer : rechargez la page, puis réessayez. Votre progression n’a pas été modifiée.'
			};
		}
		const { parseExportFile, buildImportPreview } = code;
		const parsed = parseExportFile(fileText, knownSlugs, this.#now());
		if (!parsed.ok) return parsed;
		return { ok: true, preview: buildImportPreview(parsed.file, await this.#readValidated()) };
	}

	applyImport(preview: ImportPreview, mode: ImportMode): Promise<ImportResult> {
		return this.#enqueue(async () => {
			const result = await this.#write(async (transaction) => {
				if (mode === 'replace') {
					const attempts = preview.file.modules.flatMap((module) =>
						module.attempts.map((attempt) => attemptFromImport(module.slug, attempt))
					);
					await transaction.write({
						clear: true,
						putModules: preview.file.modules.map(recordFromImport),
						putAttempts: attempts
					});
					return { modules: preview.file.modules.length, newAttempts: attempts.length };
				}
				// Merge against the data as it is now (another tab may have written since the preview).
				const { modules: current } = validateProgress(await transaction.readAll(), this.#now());
				const usedIds = new Set<string>();
				for (const data of current.values()) {
					for (const attempt of data.attempts) usedIds.add(attempt.id);
				}
				const putModules: ModuleRecord[] = [];
				const putAttempts: AttemptRecord[] = [];
				for (const module of preview.file.modules) {
					const merge = mergeModule(current.get(module.slug), module, usedIds);
					putModules.push(merge.record);
					putAttempts.push(...merge.newAttempts);
				}
				await transaction.write({ putModules, putAttempts });
				return { modules: putModules.length, newAttempts: putAttempts.length };
			});
			if (!result.ok) {
				return {
					ok: false,
					message: `L’import a échoué : rien n’a été modifié. ${result.message}`
				};
			}
			if (result.value.modules > 0) this.#progressSaved();
			const { modules, newAttempts } = result.value;
			const modulesText = quantity(modules, 'module');
			const attemptsText = quantity(newAttempts, 'tentative');
			const message =
				mode === 'replace'
					? `Progression remplacée : ${modulesText} et ${attemptsText} importés.`
					: `Progression fusionnée : ${modulesText} mis à jour, ${attemptsText} ${plural(newAttempts, 'ajoutée')}.`;
			return { ok: true, message, modules, newAttempts };
		});
	}

	clearAll(): Promise<WriteResult> {
		return this.#enqueue(async () => {
			const result = await this.#write((transaction) => transaction.write({ clear: true }));
			if (result.ok) {
				this.#corrupted.clear();
				this.#notices = this.#notices.filter((notice) => notice.kind !== 'corrupted');
				this.#emitStatus();
			}
			return result.ok ? { ok: true } : result;
		});
	}

	async requestPersistence(): Promise<PersistenceState> {
		const storage = this.#storage;
		if (!this.available || !storage?.persist) return this.#setPersistence('unsupported');
		if (this.#persistence === 'persisted') return this.#persistence;
		this.#persistenceAsked = true;
		try {
			if (await storage.persisted?.()) return this.#setPersistence('persisted');
			return this.#setPersistence((await storage.persist()) ? 'persisted' : 'denied');
		} catch {
			return this.#setPersistence('denied');
		}
	}

	#setPersistence(state: PersistenceState): PersistenceState {
		this.#persistence = state;
		this.#emitStatus();
		return state;
	}

	/** Closes the database (tests). */
	close(): void {
		this.#stopWatching?.();
		this.#backend.close();
	}
}

function defaultStorageManager(): StorageManagerLike | null {
	return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
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
	let persistence: PersistenceState = 'unsupported';
	if (backend.kind === 'indexeddb' && storage?.persist) {
		persistence = 'not-asked';
		try {
			if (await storage.persisted?.()) persistence = 'persisted';
		} catch {
			// Unknown: asking again later is harmless.
		}
	}
	const store = new Store(backend, now, storage, persistence, notices);
	outdated.notify = () => store.addNotice(OUTDATED_TAB_NOTICE);
	return store;
}
