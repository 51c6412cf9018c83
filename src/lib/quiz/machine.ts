import { assign, setup } from 'xstate';
import { gradeAnswer, isEmptyAnswer, isWellFormed, storedAnswer } from './grade';
import { randomSeed } from './shuffle';
import type { Answer, PageQuiz, Question, StoredAnswer } from './types';

/** What the learner did on one question during the current attempt. */
export interface QuestionRecord {
	/** The first answer: the one that counts for the score. */
	first: StoredAnswer;
	firstCorrect: boolean;
	/** The latest answer (after "Réessayer"), shown with the feedback. */
	last: StoredAnswer;
	lastCorrect: boolean;
	/** Graded submissions so far (empty ones are not counted). */
	tries: number;
}

/** The machine's context: small, plain JSON, never a typed password. */
export interface QuizContext {
	/** Hash of the quiz this context belongs to (a saved attempt is only restored on the same). */
	quizHash: string;
	total: number;
	/** Seed of the attempt's choice order, kept so that a restored attempt shows the same order. */
	seed: number;
	/** Index of the current question (0-based). */
	index: number;
	/** One entry per question, null until answered. */
	records: (QuestionRecord | null)[];
}

/** Everything the quiz machine listens to; any other event, or one out of place, is ignored. */
export type QuizEvent =
	| { type: 'START'; seed?: number }
	| { type: 'SUBMIT'; answer: unknown }
	| { type: 'RETRY' }
	| { type: 'NEXT' }
	| { type: 'RETAKE'; seed?: number };

function seedFrom(event: { seed?: number }): number {
	return typeof event.seed === 'number' && Number.isFinite(event.seed)
		? Math.trunc(event.seed) >>> 0
		: randomSeed();
}

/** The context of a quiz that has not started. */
export function initialQuizContext(quiz: PageQuiz): QuizContext {
	return {
		quizHash: quiz.hash,
		total: quiz.questions.length,
		seed: 0,
		index: 0,
		records: quiz.questions.map(() => null)
	};
}

/**
 * The quiz flow: intro → answering → feedback (correct | incorrect, "Réessayer" when incorrect)
 * → next question → results → retake. Only the first graded try of each question counts for the
 * score; retries are unlimited. Empty answers lead to `answering.missing` and are not graded.
 */
export function createQuizMachine(quiz: PageQuiz) {
	const current = (context: QuizContext): Question => quiz.questions[context.index]!;
	const submitted = (context: QuizContext, event: QuizEvent): Answer | undefined =>
		event.type === 'SUBMIT' && isWellFormed(current(context), event.answer)
			? event.answer
			: undefined;
	const graded = (context: QuizContext, event: QuizEvent): boolean | undefined => {
		const answer = submitted(context, event);
		if (answer === undefined || isEmptyAnswer(current(context), answer)) return undefined;
		return gradeAnswer(current(context), answer);
	};

	return setup({
		types: {
			context: {} as QuizContext,
			events: {} as QuizEvent
		},
		guards: {
			isEmptyAnswer: ({ context, event }) => {
				const answer = submitted(context, event);
				return answer !== undefined && isEmptyAnswer(current(context), answer);
			},
			isCorrectAnswer: ({ context, event }) => graded(context, event) === true,
			isWrongAnswer: ({ context, event }) => graded(context, event) === false,
			hasNextQuestion: ({ context }) => context.index + 1 < context.total
		},
		actions: {
			beginAttempt: assign(({ event }) => ({
				seed: seedFrom(event as { seed?: number }),
				index: 0,
				records: quiz.questions.map(() => null)
			})),
			recordAnswer: assign({
				records: ({ context, event }) => {
					const question = current(context);
					const answer = submitted(context, event)!;
					const kept = storedAnswer(question, answer);
					const correct = gradeAnswer(question, answer);
					const previous = context.records[context.index];
					const record: QuestionRecord = previous
						? { ...previous, last: kept, lastCorrect: correct, tries: previous.tries + 1 }
						: { first: kept, firstCorrect: correct, last: kept, lastCorrect: correct, tries: 1 };
					return context.records.map((r, i) => (i === context.index ? record : r));
				}
			}),
			goToNextQuestion: assign({ index: ({ context }) => context.index + 1 })
		}
	}).createMachine({
		id: 'quiz',
		context: initialQuizContext(quiz),
		initial: 'intro',
		states: {
			intro: {
				on: { START: { target: 'answering', actions: 'beginAttempt' } }
			},
			answering: {
				initial: 'idle',
				states: {
					idle: {},
					missing: {}
				},
				on: {
					SUBMIT: [
						{ guard: 'isEmptyAnswer', target: '.missing' },
						{ guard: 'isCorrectAnswer', target: 'feedback.correct', actions: 'recordAnswer' },
						{ guard: 'isWrongAnswer', target: 'feedback.incorrect', actions: 'recordAnswer' }
					]
				}
			},
			feedback: {
				initial: 'correct',
				states: {
					correct: {},
					incorrect: {
						on: { RETRY: '#quiz.answering' }
					}
				},
				on: {
					NEXT: [
						{ guard: 'hasNextQuestion', target: 'answering', actions: 'goToNextQuestion' },
						{ target: 'results' }
					]
				}
			},
			results: {
				on: { RETAKE: { target: 'answering', actions: 'beginAttempt' } }
			}
		}
	});
}

/** The machine type for a quiz. */
export type QuizMachine = ReturnType<typeof createQuizMachine>;
