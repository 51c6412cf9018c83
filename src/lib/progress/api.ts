// Types of the public store API (type-only: importing this file costs nothing at run time).
import type { ExportFile, ImportRefusal } from './export-format';
import type { QuizFacts } from './import-checks';
import type { ImportPreview } from './import-preview';
import type { ModuleProgress } from './model';
import type { NewAttempt } from './records';
import type { VideoInput } from './video-records';

/** Outcome of a write: never a throw, a French message when it failed. */
export type WriteResult = { ok: true } | { ok: false; message: string };

/** What `loadQuizSnapshot` found for a module's quiz. */
export type SnapshotLoad =
	| { status: 'none' }
	| {
			status: 'resume';
			snapshot: unknown;
			startedAt: string;
			savedAt: string;
			/** Who wrote it (see `SnapshotGuard`); '' for a state saved before revisions existed. */
			revision: string;
	  }
	/** Saved for another version of the quiz: it was cleared, the quiz restarts. */
	| { status: 'stale' };

/**
 * Two tabs on one quiz: a save names its own revision and the one it builds on (null: none
 * stored). When the stored state is another's, nothing is written and the stored state is
 * returned, for the tab to follow.
 */
export interface SnapshotGuard {
	revision: string;
	expected: string | null;
}

/** Outcome of a guarded snapshot save: `conflict` is what another tab stored meanwhile. */
export type SnapshotSaveResult =
	WriteResult | { ok: false; message: string; conflict: SnapshotLoad };

/**
 * Whether the browser keeps the data durably: `unsupported` (no StorageManager, or nothing is
 * stored because IndexedDB is unavailable), `not-asked`, `persisted`, `denied`.
 */
export type PersistenceState = 'unsupported' | 'not-asked' | 'persisted' | 'denied';

/** Kinds of storage notices shown to the learner. */
export type NoticeKind =
	'unavailable' | 'quota' | 'write-failed' | 'read-failed' | 'corrupted' | 'outdated-tab';

/** A message about storage for the learner (French). */
export interface StoreNotice {
	id: string;
	kind: NoticeKind;
	message: string;
}

/** Storage state for the notice component. */
export interface StoreStatus {
	/** False when IndexedDB is unavailable: progress lives in memory for this visit only. */
	available: boolean;
	notices: readonly StoreNotice[];
	persistence: PersistenceState;
	/** `navigator.storage.persist()` was asked during this visit (first progress saved). */
	persistenceAsked: boolean;
}

/**
 * Outcome of `previewImport`. `code-unavailable` is not the file's fault: the import code (loaded
 * on first use) could not be downloaded, offline after a deployment.
 */
export type ImportPreviewResult =
	| { ok: true; preview: ImportPreview }
	| { ok: false; reason: ImportRefusal | 'code-unavailable'; message: string };

/** How an import is applied. */
export type ImportMode = 'merge' | 'replace';

/** Outcome of `applyImport` (all or nothing). */
export type ImportResult =
	| { ok: true; message: string; modules: number; newAttempts: number }
	| { ok: false; message: string };

/** Outcome of `recordAttempt`. */
export type RecordAttemptResult = { ok: true; attemptId: string } | { ok: false; message: string };

/**
 * Chooses the modules to read among those stored (sorted, each once: the slugs of the modules'
 * own records); it may name modules with nothing stored.
 */
export type SlugPick = (stored: readonly string[]) => readonly string[];

/**
 * How `liveModules` shows a long list's first screen early: the modules `pick` chooses are read
 * alone and called back first (only the keys of the others are read to choose), then the live
 * list of every module follows, once `defer` starts it (after that first screen is painted).
 */
export interface FirstRead {
	/**
	 * Chooses what the first screen shows, offered the slugs of the modules' own records, sorted
	 * (see `ProgressBackend.readPicked`); when it picks most of them, everything is read at once.
	 */
	pick: SlugPick;
	/** Delays the full read (`afterPaint`); returns what cancels the wait. At once by default. */
	defer?: (start: () => void) => () => void;
}

/** The progress store: every method is async, validates what it reads and never throws. */
export interface ProgressStore {
	/** False when IndexedDB is unavailable (progress kept in memory for this visit). */
	readonly available: boolean;
	/** Current storage status (notices, persistence). */
	readonly status: StoreStatus;
	/** Calls back now and on every status change; returns the unsubscribe function. */
	subscribeStatus(callback: (status: StoreStatus) => void): () => void;
	/** Hides a notice for the rest of the visit. */
	dismissNotice(id: string): void;

	/** Progress of one module (`not-started` when nothing is stored). */
	getModule(slug: string): Promise<ModuleProgress>;
	/** Progress of every module with something stored, by slug. */
	getAllModules(): Promise<ModuleProgress[]>;
	/**
	 * Live list of every module with progress (other tabs included); returns unsubscribe. With
	 * `first`, the first call back holds only the modules it picks (see `FirstRead`).
	 */
	liveModules(callback: (modules: ModuleProgress[]) => void, first?: FirstRead): () => void;
	/** Live progress of one module; returns unsubscribe. */
	liveModule(slug: string, callback: (module: ModuleProgress) => void): () => void;

	/** Ticks or unticks "J'ai regardé la vidéo". */
	markVideoWatched(slug: string, watched: boolean): Promise<WriteResult>;
	/** Saves playback measured through the embed: intervals joined with the stored ones. */
	saveVideoProgress(slug: string, input: VideoInput): Promise<WriteResult>;
	/**
	 * Saves the quiz machine's persisted snapshot (JSON-serializable) with the quiz hash; with a
	 * guard, only over the state it expects (another tab's newer state is returned instead).
	 */
	saveQuizSnapshot(
		slug: string,
		quizHash: string,
		snapshot: unknown,
		guard?: SnapshotGuard
	): Promise<SnapshotSaveResult>;
	/** The stored quiz state of a module, now and after every change (other tabs included). */
	liveQuizSnapshot(
		slug: string,
		quizHash: string,
		callback: (load: SnapshotLoad) => void
	): () => void;
	/** The snapshot to resume from, `stale` (and cleared) when saved for another quiz hash. */
	loadQuizSnapshot(slug: string, quizHash: string): Promise<SnapshotLoad>;
	/** Forgets the quiz in progress (the learner chose to start again). */
	clearQuizSnapshot(slug: string): Promise<WriteResult>;
	/** Stores a finished attempt and clears the quiz in progress, in one transaction. */
	recordAttempt(slug: string, attempt: NewAttempt): Promise<RecordAttemptResult>;

	/** Everything stored, as the versioned export file. */
	exportProgress(): Promise<ExportFile>;
	/**
	 * Validates an import file and says what it would change; changes nothing. `quizzes` gives,
	 * by slug, the quiz as the build knows it: attempts impossible for it are refused.
	 */
	previewImport(
		fileText: string,
		knownSlugs: Iterable<string>,
		quizzes?: ReadonlyMap<string, QuizFacts>
	): Promise<ImportPreviewResult>;
	/** Applies a previewed import in one transaction: merge (best of both) or replace. */
	applyImport(preview: ImportPreview, mode: ImportMode): Promise<ImportResult>;
	/** Erases every progress record (one transaction). */
	clearAll(): Promise<WriteResult>;
	/** Asks the browser to keep the data durably (`navigator.storage.persist()`). */
	requestPersistence(): Promise<PersistenceState>;
}
