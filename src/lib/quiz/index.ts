// Pure exports of the quiz capability (no DOM, no Svelte). Components are imported by path:
// `$lib/quiz/Quiz.svelte`. The YAML validator (`validate-quiz.ts`) is build-time only and is
// imported by path too, so that js-yaml never reaches the browser bundle.
export type {
	Answer,
	MultipleChoiceQuestion,
	OrderingQuestion,
	OutcomeFeedback,
	PageQuiz,
	PasswordQuestion,
	Question,
	QuizResult,
	SingleChoiceQuestion,
	StoredAnswer,
	TextQuestion,
	Tolerance
} from './types';
export {
	gradeAnswer,
	isEmptyAnswer,
	isWellFormed,
	missingAnswerMessage,
	storedAnswer,
	MAX_STORED_TEXT
} from './grade';
export {
	applyTolerances,
	baseNormalise,
	levenshtein,
	matchesAccepted,
	T3_MAX_RATIO
} from './text-tolerance';
export { displayOrder, fnv1a32, randomSeed, seededRandom, shuffle } from './shuffle';
export { canonicalJson, contentHash, fnv1a64 } from './hash';
export { createQuizMachine, initialQuizContext } from './machine';
export type { QuestionRecord, QuizContext, QuizEvent, QuizMachine } from './machine';
export { quizResult } from './result';
export { restorableQuizSnapshot, PersistedQuizSnapshotSchema } from './snapshot';
export type { PersistedQuizSnapshot } from './snapshot';
export { feedbackTone } from './feedback-tone';
export type { FeedbackTone } from './feedback-tone';
export { QuizFileSchema, QuestionSchema, QUESTION_TYPES } from './schema';
export type { QuizFile, QuizFileQuestion } from './schema';
