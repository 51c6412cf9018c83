import { z } from '../validation/zod';
import { gradeAnswer, isEmptyAnswer, isWellFormed } from './grade';
import type { QuizContext, QuestionRecord } from './machine';
import type { PageQuiz, Question, StoredAnswer } from './types';

// zod/mini (tree-shakable, same validation as classic zod): this file reaches the browser.
const StoredAnswerSchema = z.union([
	z.string().check(z.maxLength(2000)),
	z.array(z.string().check(z.maxLength(50))).check(z.maxLength(20)),
	z.null()
]);

const RecordSchema = z.strictObject({
	first: StoredAnswerSchema,
	firstCorrect: z.boolean(),
	last: StoredAnswerSchema,
	lastCorrect: z.boolean(),
	tries: z.number().check(z.int(), z.gte(1), z.lte(1_000_000))
});

const StateValueSchema = z.union([
	z.literal('intro'),
	z.literal('results'),
	z.strictObject({ answering: z.enum(['idle', 'missing']) }),
	z.strictObject({ feedback: z.enum(['correct', 'incorrect']) })
]);

/** The shape of `actor.getPersistedSnapshot()` for a quiz machine, as it comes back from storage. */
export const PersistedQuizSnapshotSchema = z.object({
	status: z.literal('active'),
	value: StateValueSchema,
	historyValue: z.optional(z.record(z.string(), z.unknown())),
	context: z.strictObject({
		quizHash: z.string().check(z.maxLength(200)),
		total: z.number().check(z.int(), z.gte(1), z.lte(500)),
		seed: z.number().check(z.int(), z.gte(0), z.lte(4294967295)),
		index: z.number().check(z.int(), z.gte(0)),
		records: z.array(z.nullable(RecordSchema)).check(z.maxLength(500))
	}),
	children: z.optional(z.record(z.string(), z.unknown()))
});

/** A validated persisted snapshot, ready for `createActor(machine, { snapshot })`. */
export type PersistedQuizSnapshot = z.infer<typeof PersistedQuizSnapshotSchema> & {
	output: undefined;
	error: undefined;
};

declare const checked: unique symbol;

/**
 * A saved attempt that `restorableQuizSnapshot` checked against one quiz: the only kind the quiz
 * restores, so that it needs no validation code of its own (it loads before the first question).
 */
export type RestorableQuizSnapshot = PersistedQuizSnapshot & { readonly [checked]: true };

function answerIsConsistent(question: Question, answer: StoredAnswer, correct: boolean): boolean {
	// A password is never stored: its verdict cannot be checked again, but its text must be absent.
	if (question.type === 'password') return answer === null;
	if (answer === null || !isWellFormed(question, answer) || isEmptyAnswer(question, answer)) {
		return false;
	}
	// Untrusted data: a record claiming "correct" must really be correct.
	return gradeAnswer(question, answer) === correct;
}

function recordIsConsistent(question: Question, record: QuestionRecord): boolean {
	return (
		answerIsConsistent(question, record.first, record.firstCorrect) &&
		answerIsConsistent(question, record.last, record.lastCorrect) &&
		(record.tries > 1 ||
			(JSON.stringify(record.first) === JSON.stringify(record.last) &&
				record.firstCorrect === record.lastCorrect))
	);
}

function stateName(value: PersistedQuizSnapshot['value']): string {
	if (typeof value === 'string') return value;
	if ('answering' in value) return `answering.${value.answering}`;
	return `feedback.${value.feedback}`;
}

function contextFitsState(quiz: PageQuiz, context: QuizContext, state: string): boolean {
	const { index, records } = context;
	const current = records[index];
	const answeredBefore = records.slice(0, index).every((r) => r !== null);
	const noneAfter = records.slice(index + 1).every((r) => r === null);
	switch (state) {
		case 'intro':
			return index === 0 && records.every((r) => r === null);
		case 'answering.idle':
		case 'answering.missing':
			return answeredBefore && noneAfter;
		case 'feedback.correct':
		case 'feedback.incorrect':
			return (
				answeredBefore &&
				noneAfter &&
				current !== null &&
				current !== undefined &&
				current.lastCorrect === (state === 'feedback.correct')
			);
		case 'results':
			return index === quiz.questions.length - 1 && records.every((r) => r !== null);
		default:
			return false;
	}
}

/**
 * Checks a saved snapshot (untrusted: it comes from storage or an import) against this quiz and
 * returns a clean copy to restore, or undefined when it does not fit (other quiz, edited quiz,
 * tampered or impossible state, a stored password…).
 */
export function restorableQuizSnapshot(
	quiz: PageQuiz,
	saved: unknown
): RestorableQuizSnapshot | undefined {
	const parsed = PersistedQuizSnapshotSchema.safeParse(saved);
	if (!parsed.success) return undefined;
	const { value, context } = parsed.data;
	if (context.quizHash !== quiz.hash) return undefined;
	if (context.total !== quiz.questions.length || context.records.length !== context.total) {
		return undefined;
	}
	if (context.index >= context.total) return undefined;
	const recordsOk = context.records.every(
		(record, i) => record === null || recordIsConsistent(quiz.questions[i]!, record)
	);
	if (!recordsOk || !contextFitsState(quiz, context, stateName(value))) return undefined;
	// A fresh object: nothing of the untrusted input is passed on but what was checked.
	const fresh: PersistedQuizSnapshot = {
		status: 'active',
		output: undefined,
		error: undefined,
		value,
		historyValue: {},
		context: {
			quizHash: context.quizHash,
			total: context.total,
			seed: context.seed,
			index: context.index,
			records: context.records.map((r) => (r ? { ...r } : null))
		},
		children: {}
	};
	return fresh as RestorableQuizSnapshot;
}
