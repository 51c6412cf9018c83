import {
	mayHoldProgress,
	openProgressStore,
	STALE_QUIZ_MESSAGE,
	type ProgressStore,
	type SnapshotLoad
} from '$lib/progress';
import { isAttemptUnderWay, type QuizResult, type RestorableQuizSnapshot } from '$lib/quiz';
import { noteStoreOpened } from './progress-presence';
import { loadSnapshot, takeClearedStale } from './snapshot-load';

/** Options of `createQuizPersistence`. */
export interface QuizPersistenceOptions {
	/**
	 * Question ids whose answers must never be stored (password questions). The quiz already
	 * hands `null` for them; this is a second lock.
	 */
	secretQuestionIds?: readonly string[];
	/** Store to use (tests); the page's shared store by default. */
	store?: Promise<ProgressStore>;
	/**
	 * False when this browser surely holds no progress (`mayHoldProgress`, the default in the
	 * browser): the quiz is ready at once and the store opens behind it. With `store` and
	 * without this option, progress is assumed to exist (the store is read first).
	 */
	mayHoldProgress?: () => Promise<boolean>;
	/** Clock (tests). */
	now?: () => number;
	/**
	 * Checks a saved snapshot against this quiz (`restorableQuizSnapshot`, loaded with
	 * `loadSnapshotCheck`): the checked copy to restore, or undefined when it does not fit.
	 */
	restore: (snapshot: unknown) => Promise<RestorableQuizSnapshot | undefined>;
}

const SAVE_FAILED = 'Votre progression n’a pas pu être enregistrée : rechargez la page.';

/** A saved attempt that does not fit the quiz any more (tampered, or a bug): said once, cleared. */
export const UNFIT_QUIZ_MESSAGE =
	'Votre quiz en cours n’a pas pu être repris (son enregistrement ne correspond pas à ce quiz) : il recommence depuis le début.';

/** Another tab answered further: this one follows. */
export const FOLLOWED_TAB_MESSAGE =
	'Ce quiz a avancé dans un autre onglet : vous reprenez où il en est.';

/** Another tab finished or restarted the attempt this one showed. */
export const ENDED_IN_TAB_MESSAGE =
	'Ce quiz a été terminé ou recommencé dans un autre onglet : il reprend ici depuis le début.';

/** The time as every progress record keeps it. */
function isoTime(ms: number): string {
	return new Date(ms).toISOString();
}

/**
 * Keeps a module's quiz in IndexedDB: loads the snapshot to resume from, saves each new one,
 * records the attempt at the end. Its fields match `Quiz.svelte`'s props.
 */
export class QuizPersistence {
	/** True once the saved snapshot (if any) is loaded: render the quiz from then on. */
	ready = $state(false);
	/** Snapshot to resume from (`initialSnapshot` prop), undefined to start afresh. */
	initialSnapshot = $state.raw<RestorableQuizSnapshot | undefined>(undefined);
	/** Set when the saved attempt belonged to an edited quiz (show it in a role="status"). */
	staleMessage = $state<string | null>(null);
	/** Last storage error, in French (show it in a role="alert"); null when all is well. */
	error = $state<string | null>(null);
	/** Storage is unavailable: the quiz works, nothing is kept after the visit. */
	unavailable = $state(false);
	/** Why the quiz just changed under the learner (another tab), for a role="status". */
	followMessage = $state<string | null>(null);
	/** Bumped when the quiz must restart from `initialSnapshot` (wrap it in a `{#key}`). */
	generation = $state(0);

	readonly #slug: string;
	readonly #quizHash: string;
	readonly #secret: readonly string[];
	readonly #now: () => number;
	/** Opens the store on first use; undefined while prerendering. */
	readonly #open: (() => Promise<ProgressStore>) | undefined;
	#opened: Promise<ProgressStore> | undefined;
	/** Start of the attempt under way (first answer, or the resumed attempt's). */
	#startedAt: string | null = null;
	/** No attempt under way (intro, results): the next answer starts a new one. */
	#idle = false;
	/** A snapshot of this quiz is stored (so an idle state must clear it). */
	#stored = false;
	readonly #restore: (snapshot: unknown) => Promise<RestorableQuizSnapshot | undefined>;
	/** This page's name in the revisions it writes, and their counter. */
	readonly #tab = Math.random().toString(36).slice(2, 10);
	#saves = 0;
	/** The revision stored as far as this page knows (null: nothing stored). */
	#revision: string | null = null;
	/** Own writes in flight: live values read before them are ignored meanwhile. */
	#writing = 0;
	#stopLive: (() => void) | undefined;

	constructor(slug: string, quizHash: string, options: QuizPersistenceOptions) {
		this.#slug = slug;
		this.#quizHash = quizHash;
		this.#secret = options.secretQuestionIds ?? [];
		this.#now = options.now ?? Date.now;
		this.#restore = options.restore;
		// Only in the browser: prerendering must not touch storage.
		const given = options.store;
		this.#open = given
			? () => given
			: typeof window === 'undefined'
				? undefined
				: openProgressStore;
		if (this.#open) {
			const mayHold = options.mayHoldProgress ?? (given ? async () => true : mayHoldProgress);
			void this.#load(mayHold);
		}
	}

	/** The store, opened on first use (undefined while prerendering). */
	get #store(): Promise<ProgressStore> | undefined {
		if (!this.#opened && this.#open) {
			this.#opened = this.#open();
			noteStoreOpened();
		}
		return this.#opened;
	}

	async #load(mayHold: () => Promise<boolean>): Promise<void> {
		if (!(await mayHold().catch(() => true))) {
			// Nothing stored in this browser, so nothing to resume: the quiz starts without waiting
			// for the store's code (Dexie), which comes behind it, in time for the first save.
			this.ready = true;
			await this.#connect(false);
			return;
		}
		await this.#connect(true);
		this.ready = true;
	}

	/** Opens the store, reads the saved attempt when `read`, and follows the other tabs. */
	async #connect(read: boolean): Promise<void> {
		const storePromise = this.#store;
		if (!storePromise) return;
		try {
			const store = await storePromise;
			this.unavailable = !store.available;
			if (read) await this.#resume(store);
			// A change anywhere in the store (this tab or another) prompts a fresh read: the live value
			// itself may be older than what this page already knows.
			this.#stopLive = store.liveQuizSnapshot(this.#slug, this.#quizHash, () => {
				if (this.#writing === 0) void this.#recheck(store);
			});
			// Another tab may have saved since this one found nothing stored.
			if (!read && this.#writing === 0) void this.#recheck(store);
		} catch {
			// The storage code could not load: the quiz still works, without saving.
			this.unavailable = true;
		}
	}

	/** Takes the saved attempt to resume from, or says why there is none. */
	async #resume(store: ProgressStore): Promise<void> {
		const saved = await loadSnapshot(store, this.#slug, this.#quizHash);
		const restorable = saved.status === 'resume' ? await this.#restore(saved.snapshot) : undefined;
		if (saved.status === 'resume' && !restorable) {
			// Said once: cleared, so that /progression no longer shows a quiz in progress.
			this.staleMessage = UNFIT_QUIZ_MESSAGE;
			await store.clearQuizSnapshot(this.#slug);
		} else if (saved.status === 'resume') {
			this.initialSnapshot = restorable;
			this.#startedAt = saved.startedAt;
			this.#stored = true;
			this.#revision = saved.revision;
		}
		// Its own reading or an earlier one on this page (the learner state) cleared it.
		if (takeClearedStale(this.#slug, this.#quizHash)) this.staleMessage = STALE_QUIZ_MESSAGE;
	}

	/** `onSnapshot` prop: saves the snapshot (or clears it when no attempt is under way). */
	onSnapshot = (snapshot: unknown): void => {
		const store = this.#store;
		if (!store) return;
		// Nothing is kept for the intro or the results: a finished quiz is not "in progress".
		if (!isAttemptUnderWay(snapshot)) {
			// The results come just before `onFinish`, which still needs the start time.
			this.#idle = true;
			if (!this.#stored) return;
			this.#stored = false;
			this.#revision = null;
			this.#writing += 1;
			void store
				.then((s) => s.clearQuizSnapshot(this.#slug))
				.then((result) => this.#settle(result));
			return;
		}
		if (this.#idle || this.#startedAt === null) {
			this.#startedAt = isoTime(this.#now());
			this.#idle = false;
		}
		this.#stored = true;
		// Built on what this page last saw stored: if another tab saved since, it follows instead.
		const guard = { revision: `${this.#tab}.${++this.#saves}`, expected: this.#revision };
		this.#revision = guard.revision;
		this.#writing += 1;
		void store
			.then((s) => s.saveQuizSnapshot(this.#slug, this.#quizHash, snapshot, guard))
			.then(
				(result) => {
					if (!result.ok && 'conflict' in result)
						void this.#follow(result.conflict, result.message);
					this.#settle(result.ok || 'conflict' in result ? { ok: true } : result);
				},
				() => this.#settle({ ok: false, message: SAVE_FAILED })
			);
	};

	/** Reads the stored state again, behind this page's writes, and follows another tab's. */
	async #recheck(store: ProgressStore): Promise<void> {
		const load = await store.loadQuizSnapshot(this.#slug, this.#quizHash);
		if (this.#writing > 0) return;
		if (load.status === 'resume') {
			const own = load.revision.startsWith(`${this.#tab}.`);
			if (own || load.revision === this.#revision) return;
			const restorable = await this.#restore(load.snapshot);
			if (!restorable || this.#writing > 0) return;
			this.#adopt(load, restorable, FOLLOWED_TAB_MESSAGE);
		} else if (load.status === 'none' && this.#revision !== null) {
			this.#adopt(load, undefined, ENDED_IN_TAB_MESSAGE);
		}
	}

	/** Follows what another tab stored, checked first (one that does not fit: from the start). */
	async #follow(load: SnapshotLoad, message: string): Promise<void> {
		const restorable = load.status === 'resume' ? await this.#restore(load.snapshot) : undefined;
		this.#adopt(load, restorable, message);
	}

	/** Restarts the quiz from what another tab stored (from the start when it ended it or it does not fit). */
	#adopt(
		load: SnapshotLoad,
		restorable: RestorableQuizSnapshot | undefined,
		message: string
	): void {
		if (load.status === 'resume') {
			// One that does not fit this quiz: it starts over, and its next save replaces that
			// record (built on its revision, so it is not refused as another tab's).
			this.initialSnapshot = restorable;
			this.#startedAt = restorable ? load.startedAt : null;
			this.#stored = true;
			this.#idle = !restorable;
			this.#revision = load.revision;
		} else {
			this.initialSnapshot = undefined;
			this.#startedAt = null;
			this.#stored = false;
			this.#idle = true;
			this.#revision = null;
		}
		this.followMessage = message;
		this.generation += 1;
	}

	/** Stops following the other tabs (the quiz leaves the page). */
	stop(): void {
		this.#stopLive?.();
	}

	/** `onFinish` prop: records the attempt (answers to secret questions dropped). */
	onFinish = (result: QuizResult): void => {
		const store = this.#store;
		if (!store) return;
		const endedAt = isoTime(this.#now());
		const startedAt = this.#startedAt ?? endedAt;
		this.#startedAt = null;
		this.#idle = true;
		this.#stored = false;
		this.#revision = null;
		this.#writing += 1;
		const attempt = {
			startedAt,
			endedAt,
			score: result.score,
			total: result.total,
			passed: result.passed,
			quizHash: this.#quizHash,
			answers: result.answers.map(({ questionId, answer, correct }) => ({
				questionId,
				answer: this.#secret.includes(questionId) ? null : answer,
				correct
			}))
		};
		void store
			.then((s) => s.recordAttempt(this.#slug, attempt))
			.then(
				(outcome) => this.#settle(outcome),
				() => this.#settle({ ok: false, message: SAVE_FAILED })
			);
	};

	#settle(result: { ok: true } | { ok: false; message: string }): void {
		this.#writing = Math.max(0, this.#writing - 1);
		this.error = result.ok ? null : result.message;
	}
}

/** A `QuizPersistence` for one module's quiz (see the README, "Progression locale"). */
export function createQuizPersistence(
	slug: string,
	quizHash: string,
	options: QuizPersistenceOptions
): QuizPersistence {
	return new QuizPersistence(slug, quizHash, options);
}
