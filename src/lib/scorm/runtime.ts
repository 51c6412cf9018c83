// One learner's session with the LMS, from LMSInitialize to LMSFinish. Pure TypeScript: it gets
// the API object (or null without an LMS), the quiz and a clock; the module page feeds it the
// quiz's snapshots and result, and shows `notice`.
import {
	restorableQuizSnapshot,
	type PersistedQuizSnapshot,
	type RestorableQuizSnapshot
} from '../quiz/snapshot';
import type { QuizContext } from '../quiz/machine';
import type { PageQuiz, QuizResult } from '../quiz/types';
import type { Scorm12Api } from './api';
import {
	interactionWrites,
	isBetterScore,
	scoreRaw,
	startStatus,
	statusAfterAttempt,
	type CmiWrite
} from './cmi';
import { scormTimespan } from './session-time';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';

/** Shown, without an LMS, in place of any promise about progress. */
export const NO_LMS_NOTICE = 'Votre progression n’est pas transmise à une plateforme.';
/** Shown when the LMS kept an attempt of another version of the quiz. */
export const STALE_RESUME_NOTICE =
	'Le quiz a changé depuis votre dernière visite\u00a0: il reprend au début.';

/** What the page shows about the LMS: nothing, a status or an alert. */
export type LmsNotice =
	{ kind: 'none' } | { kind: 'status'; text: string } | { kind: 'alert'; text: string };

/** Options of a run-time (tests give a clock). */
export interface ScormRuntimeOptions {
	now?: () => number;
	/** Told each time the notice changes. */
	onNotice?: (notice: LmsNotice) => void;
}

function lmsErrorText(action: string, code: string, message: string): string {
	const detail = message.trim() ? `${code}\u00a0: ${message.trim()}` : code;
	return (
		`La plateforme de formation a refusé ${action} (erreur ${detail}). Votre progression ` +
		`risque de ne pas y être enregistrée\u00a0: prévenez la personne qui anime la formation.`
	);
}

type StateName = 'intro' | 'answering' | 'feedback' | 'results';

function stateOf(snapshot: PersistedQuizSnapshot): StateName {
	const value = snapshot.value;
	if (typeof value === 'string') return value;
	return 'answering' in value ? 'answering' : 'feedback';
}

/**
 * Reports a module's quiz to a SCORM 1.2 LMS: `incomplete` at the start, one interaction and a
 * commit per answer, the suspend data to resume from, `passed`/`failed` and the score at the end
 * of an attempt, and `LMSFinish` once when the page is left. Every LMS error is shown.
 */
export class ScormRuntime {
	/** True when an LMS answered LMSInitialize. */
	readonly connected: boolean;
	/** The attempt to resume (`cmi.core.entry` = `resume`), for the quiz's `initialSnapshot`. */
	readonly resume: RestorableQuizSnapshot | undefined;
	notice: LmsNotice;

	readonly #api: Scorm12Api | null;
	readonly #quiz: PageQuiz;
	readonly #now: () => number;
	readonly #onNotice: ((notice: LmsNotice) => void) | undefined;
	readonly #startedAt: number;
	#interactions = 0;
	#context: QuizContext | undefined;
	#state: StateName = 'intro';
	#shownAt: number;
	#finished = false;
	/** The suspend data last written, so that a step that changes nothing commits nothing. */
	#suspendData = '';

	constructor(api: Scorm12Api | null, quiz: PageQuiz, options: ScormRuntimeOptions = {}) {
		this.#api = api;
		this.#quiz = quiz;
		this.#now = options.now ?? Date.now;
		this.#onNotice = options.onNotice;
		this.#startedAt = this.#now();
		this.#shownAt = this.#startedAt;
		this.notice = { kind: 'none' };
		this.connected =
			api !== null && this.#call('le démarrage du suivi', () => api.LMSInitialize(''));
		if (!this.connected) {
			if (this.notice.kind === 'none') this.#setNotice({ kind: 'status', text: NO_LMS_NOTICE });
			this.resume = undefined;
			return;
		}
		this.resume = this.#readResume();
		const status = startStatus(this.#get('cmi.core.lesson_status'));
		const count = Number(this.#get('cmi.interactions._count'));
		this.#interactions = Number.isInteger(count) && count > 0 ? count : 0;
		if (status) this.#set([['cmi.core.lesson_status', status]]);
		if (this.resume) {
			this.#context = this.resume.context;
			this.#suspendData = encodeSuspendData(quiz, this.resume.context);
			this.#state = stateOf(this.resume);
		} else {
			// A fresh start: what a previous visit left to resume is of no use any more.
			this.#set([['cmi.core.exit', '']]);
		}
		this.#commit();
	}

	/** The quiz's `onSnapshot`: an answer adds an interaction, then everything is committed. */
	onSnapshot = (saved: unknown): void => {
		if (!this.connected || this.#finished) return;
		const snapshot = restorableQuizSnapshot(this.#quiz, saved);
		if (!snapshot) return;
		const previous = this.#context;
		const context = snapshot.context;
		const state = stateOf(snapshot);
		const now = this.#now();
		const answered = context.records.flatMap((record, i) =>
			record && !previous?.records[i] ? [i] : []
		);
		const newAttempt =
			state === 'answering' &&
			(this.#state === 'intro' || this.#state === 'results') &&
			context.records.every((r) => r === null);
		this.#context = context;
		const writes: CmiWrite[] = [];
		for (const i of answered) {
			const record = context.records[i]!;
			writes.push(
				...interactionWrites(this.#interactions++, {
					question: this.#quiz.questions[i]!,
					answer: record.first,
					correct: record.firstCorrect,
					latencyMs: now - this.#shownAt,
					at: new Date(now)
				})
			);
		}
		const movedOn = state === 'answering' && (this.#state !== 'answering' || newAttempt);
		if (movedOn) this.#shownAt = now;
		this.#state = state;
		const suspendData =
			state === 'answering' || state === 'feedback' ? encodeSuspendData(this.#quiz, context) : '';
		if (suspendData !== '' && suspendData !== this.#suspendData) {
			writes.push(['cmi.suspend_data', suspendData], ['cmi.core.exit', 'suspend']);
			this.#suspendData = suspendData;
		}
		if (writes.length === 0) return;
		this.#set(writes);
		this.#commit();
	};

	/** The quiz's `onFinish`: status and score (the best attempt counts), nothing left to resume. */
	onFinish = (result: QuizResult): void => {
		if (!this.connected || this.#finished) return;
		const raw = scoreRaw(result.score, result.total);
		const writes: CmiWrite[] = [
			[
				'cmi.core.lesson_status',
				statusAfterAttempt(this.#get('cmi.core.lesson_status'), result.passed)
			]
		];
		if (isBetterScore(this.#get('cmi.core.score.raw'), raw)) {
			writes.push(
				['cmi.core.score.min', '0'],
				['cmi.core.score.max', '100'],
				['cmi.core.score.raw', raw]
			);
		}
		writes.push(['cmi.suspend_data', ''], ['cmi.core.exit', '']);
		this.#suspendData = '';
		this.#state = 'results';
		this.#set(writes);
		this.#commit();
	};

	/** The page is left (`pagehide`): session time, then `LMSFinish`, once. */
	finish(): void {
		if (!this.connected || this.#finished) return;
		this.#finished = true;
		const api = this.#api!;
		this.#set([['cmi.core.session_time', scormTimespan(this.#now() - this.#startedAt)]]);
		this.#call('la fin de la session', () => api.LMSFinish(''));
	}

	#readResume(): RestorableQuizSnapshot | undefined {
		if (this.#get('cmi.core.entry') !== 'resume') return undefined;
		const data = this.#get('cmi.suspend_data');
		if (data === '') return undefined;
		const decoded = decodeSuspendData(this.#quiz, data);
		const resume = decoded && restorableQuizSnapshot(this.#quiz, decoded);
		if (!resume) this.#setNotice({ kind: 'status', text: STALE_RESUME_NOTICE });
		return resume;
	}

	#get(element: string): string {
		const api = this.#api!;
		let value = '';
		this.#call(`la lecture de ${element}`, () => {
			value = String(api.LMSGetValue(element) ?? '');
			// LMSGetValue has no "false": an error shows only in LMSGetLastError. An element the
			// LMS does not implement (401) just reads as empty.
			const code = String(api.LMSGetLastError());
			return code === '0' || code === '401' || code === '' ? 'true' : 'false';
		});
		return value;
	}

	#set(writes: readonly CmiWrite[]): void {
		const api = this.#api!;
		for (const [element, value] of writes) {
			this.#call(`l’enregistrement de ${element}`, () => api.LMSSetValue(element, value));
		}
	}

	#commit(): void {
		const api = this.#api!;
		this.#call('l’enregistrement de votre progression', () => api.LMSCommit(''));
	}

	/** Runs one API call; on "false" (or a throw), shows the LMS's error in French. */
	#call(action: string, run: () => unknown): boolean {
		let ok: boolean;
		try {
			ok = String(run()) === 'true';
		} catch {
			ok = false;
		}
		if (!ok) this.#reportError(action);
		return ok;
	}

	#reportError(action: string): void {
		// Only the first error is shown: the next ones usually repeat it.
		if (this.notice.kind === 'alert') return;
		let code = '';
		let message = '';
		try {
			code = String(this.#api?.LMSGetLastError() ?? '');
			message = String(this.#api?.LMSGetErrorString(code) ?? '');
		} catch {
			// An API that throws on its own error functions: say what we can.
		}
		this.#setNotice({ kind: 'alert', text: lmsErrorText(action, code || '?', message) });
	}

	#setNotice(notice: LmsNotice): void {
		this.notice = notice;
		this.#onNotice?.(notice);
	}
}
