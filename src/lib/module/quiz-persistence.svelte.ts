import { openProgressStore, STALE_QUIZ_MESSAGE, type ProgressStore } from '$lib/progress';
import { isAttemptUnderWay, type QuizResult } from '$lib/quiz';
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
	/** Clock (tests). */
	now?: () => number;
}

const SAVE_FAILED = 'Votre progression n’a pas pu être enregistrée : rechargez la page.';

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
	initialSnapshot = $state.raw<unknown>(undefined);
	/** Set when the saved attempt belonged to an edited quiz (show it in a role="status"). */
	staleMessage = $state<string | null>(null);
	/** Last storage error, in French (show it in a role="alert"); null when all is well. */
	error = $state<string | null>(null);
	/** Storage is unavailable: the quiz works, nothing is kept after the visit. */
	unavailable = $state(false);

	readonly #slug: string;
	readonly #quizHash: string;
	readonly #secret: readonly string[];
	readonly #now: () => number;
	readonly #store: Promise<ProgressStore> | undefined;
	/** Start of the attempt under way (first answer, or the resumed attempt's). */
	#startedAt: string | null = null;
	/** No attempt under way (intro, results): the next answer starts a new one. */
	#idle = false;
	/** A snapshot of this quiz is stored (so an idle state must clear it). */
	#stored = false;

	constructor(slug: string, quizHash: string, options: QuizPersistenceOptions = {}) {
		this.#slug = slug;
		this.#quizHash = quizHash;
		this.#secret = options.secretQuestionIds ?? [];
		this.#now = options.now ?? Date.now;
		// Only in the browser: prerendering must not touch storage.
		this.#store =
			options.store ?? (typeof window === 'undefined' ? undefined : openProgressStore());
		if (this.#store) {
			noteStoreOpened();
			void this.#load(this.#store);
		}
	}

	async #load(storePromise: Promise<ProgressStore>): Promise<void> {
		try {
			const store = await storePromise;
			this.unavailable = !store.available;
			const saved = await loadSnapshot(store, this.#slug, this.#quizHash);
			if (saved.status === 'resume') {
				this.initialSnapshot = saved.snapshot;
				this.#startedAt = saved.startedAt;
				this.#stored = true;
			}
			// Its own reading or an earlier one on this page (the learner state) cleared it.
			if (takeClearedStale(this.#slug, this.#quizHash)) this.staleMessage = STALE_QUIZ_MESSAGE;
		} catch {
			// The storage code could not load: the quiz still works, without saving.
			this.unavailable = true;
		}
		this.ready = true;
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
		void store
			.then((s) => s.saveQuizSnapshot(this.#slug, this.#quizHash, snapshot))
			.then(
				(result) => this.#settle(result),
				() => this.#settle({ ok: false, message: SAVE_FAILED })
			);
	};

	/** `onFinish` prop: records the attempt (answers to secret questions dropped). */
	onFinish = (result: QuizResult): void => {
		const store = this.#store;
		if (!store) return;
		const endedAt = isoTime(this.#now());
		const startedAt = this.#startedAt ?? endedAt;
		this.#startedAt = null;
		this.#idle = true;
		this.#stored = false;
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
		this.error = result.ok ? null : result.message;
	}
}

/** A `QuizPersistence` for one module's quiz (see the README, "Progression locale"). */
export function createQuizPersistence(
	slug: string,
	quizHash: string,
	options: QuizPersistenceOptions = {}
): QuizPersistence {
	return new QuizPersistence(slug, quizHash, options);
}
