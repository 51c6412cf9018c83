import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createQuizMachine, type QuestionRecord, type QuizMachine } from './machine';
import { quizResult } from './result';
import { displayOrder } from './shuffle';
import type { RestorableQuizSnapshot } from './snapshot';
import type { Answer, PageQuiz, Question, QuizResult } from './types';

/** Where the learner is, in words the component switches on. */
export type QuizPhase = 'intro' | 'answering' | 'missing' | 'correct' | 'incorrect' | 'results';

/** What should receive focus after the last action (the component moves it). */
export type FocusTarget = 'question' | 'feedback' | 'results' | 'input';

/** Options of a quiz session, as `Quiz.svelte` receives them. */
export interface QuizSessionOptions {
	/** Fixed seed for the choice order (tests); otherwise one is drawn at "Commencer". */
	seed?: number;
	/** A saved attempt to go on with, checked against this quiz (`restorableQuizSnapshot`). */
	initialSnapshot?: RestorableQuizSnapshot;
	onSnapshot?: (snapshot: unknown) => void;
	onFinish?: (result: QuizResult) => void;
}

type QuizSnapshot = SnapshotFrom<QuizMachine>;

function phaseOf(snapshot: QuizSnapshot): QuizPhase {
	if (snapshot.matches({ answering: 'missing' })) return 'missing';
	if (snapshot.matches('answering')) return 'answering';
	if (snapshot.matches({ feedback: 'correct' })) return 'correct';
	if (snapshot.matches('feedback')) return 'incorrect';
	if (snapshot.matches('results')) return 'results';
	return 'intro';
}

/**
 * Runs the quiz machine for a component: exposes its state as runes, keeps the learner's draft
 * answer (in memory only: a typed password never leaves this object), saves after every
 * transition and reports the result once the results are reached.
 */
export class QuizSession {
	readonly quiz: PageQuiz;
	/** The machine's latest snapshot. */
	snapshot: QuizSnapshot = $state.raw() as QuizSnapshot;
	/** Draft answers of the current question, one per input kind. */
	draftChoice = $state('');
	draftChoices: string[] = $state([]);
	draftText = $state('');
	draftPassword = $state('');
	/** What the password field says of the draft's guessability; in memory only, like the draft. */
	passwordGuess = $state('');
	draftOrder: string[] = $state([]);
	/** Bumped at each refused empty answer, so the alert is spoken again. */
	missingCount = $state(0);
	/** Where focus should go after the last action, with a counter so the same target repeats. */
	focusRequest: { target: FocusTarget; n: number } | null = $state(null);

	readonly phase: QuizPhase = $derived(phaseOf(this.snapshot));

	/** Index of the current question (0-based). */
	get index(): number {
		return this.snapshot.context.index;
	}

	/** The current question. */
	get question(): Question {
		return this.quiz.questions[this.snapshot.context.index]!;
	}

	/** What the learner did on the current question, or null. */
	get record(): QuestionRecord | null {
		return this.snapshot.context.records[this.snapshot.context.index] ?? null;
	}

	/** True on the last question ("Voir mon résultat" instead of "Question suivante"). */
	get isLast(): boolean {
		return this.index === this.quiz.questions.length - 1;
	}

	/** Score so far (complete at results). */
	get result(): QuizResult {
		return quizResult(this.quiz, this.snapshot.context);
	}

	/** Display order of the current question's choices or steps (ids). */
	get order(): string[] {
		return this.#orderOf(this.question, this.snapshot.context.seed);
	}

	#actor: Actor<QuizMachine>;
	#options: QuizSessionOptions;
	#focusCounter = 0;

	constructor(quiz: PageQuiz, options: QuizSessionOptions = {}) {
		this.quiz = quiz;
		this.#options = options;
		const restored = options.initialSnapshot;
		this.#actor = createActor(createQuizMachine(quiz), restored ? { snapshot: restored } : {});
		this.snapshot = this.#actor.getSnapshot();
		this.#actor.subscribe((next) => this.#onTransition(next));
		this.#actor.start();
		this.#resetDraft();
		this.#restoreDraft();
	}

	/** "Commencer". */
	start(): void {
		this.#actor.send({ type: 'START', seed: this.#options.seed });
		this.#resetDraft();
		this.#focus('question');
	}

	/** "Valider": submits the draft of the current question. */
	validate(): void {
		this.#actor.send({ type: 'SUBMIT', answer: this.#draftAnswer() });
		if (this.phase === 'missing') {
			this.missingCount++;
		} else if (this.phase === 'correct' || this.phase === 'incorrect') {
			this.#focus('feedback');
		}
	}

	/** "Réessayer": back to the same question, draft kept so the learner can fix it. */
	retry(): void {
		this.#actor.send({ type: 'RETRY' });
		this.#focus('input');
	}

	/** "Question suivante" or "Voir mon résultat". */
	next(): void {
		this.#actor.send({ type: 'NEXT' });
		this.#resetDraft();
		this.#focus(this.phase === 'results' ? 'results' : 'question');
	}

	/** "Recommencer": a new attempt from the first question. */
	retake(): void {
		this.#actor.send({ type: 'RETAKE', seed: this.#options.seed });
		this.#resetDraft();
		this.#focus('question');
	}

	/** Stops the machine (component destroyed). */
	stop(): void {
		this.#actor.stop();
	}

	#onTransition(next: QuizSnapshot): void {
		const previous = this.snapshot;
		if (next === previous) return;
		this.snapshot = next;
		this.#options.onSnapshot?.(this.#actor.getPersistedSnapshot());
		if (next.matches('results') && !previous.matches('results')) {
			this.#options.onFinish?.(quizResult(this.quiz, next.context));
		}
	}

	#orderOf(question: Question, seed: number): string[] {
		if (question.type === 'single' || question.type === 'multiple') {
			return displayOrder(
				question.choices.map((c) => c.id),
				seed,
				question.id
			);
		}
		if (question.type === 'ordering') {
			return displayOrder(
				question.steps.map((s) => s.id),
				seed,
				question.id,
				true
			);
		}
		return [];
	}

	#draftAnswer(): Answer {
		switch (this.question.type) {
			case 'single':
				return this.draftChoice;
			case 'multiple':
				return [...this.draftChoices];
			case 'text':
				return this.draftText;
			case 'password':
				return this.draftPassword;
			case 'ordering':
				return [...this.draftOrder];
		}
	}

	#resetDraft(): void {
		this.draftChoice = '';
		this.draftChoices = [];
		this.draftText = '';
		this.draftPassword = '';
		this.passwordGuess = '';
		this.draftOrder = this.question.type === 'ordering' ? [...this.order] : [];
		this.missingCount = 0;
	}

	// A restored attempt showing feedback displays the answer it was given (never a password).
	#restoreDraft(): void {
		const answer = this.record?.last;
		if (answer === null || answer === undefined || this.phase === 'intro') return;
		if (this.question.type === 'single' && typeof answer === 'string') this.draftChoice = answer;
		if (this.question.type === 'multiple' && Array.isArray(answer)) this.draftChoices = [...answer];
		if (this.question.type === 'text' && typeof answer === 'string') this.draftText = answer;
		if (this.question.type === 'ordering' && Array.isArray(answer)) this.draftOrder = [...answer];
	}

	#focus(target: FocusTarget): void {
		this.focusRequest = { target, n: ++this.#focusCounter };
	}
}
