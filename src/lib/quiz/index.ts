// The quiz capability as the rest of the site uses it: a validated quiz's types, grading, the
// state machine and what a saved attempt means. Reading and validating quiz files is build time
// and lives in src/lib/server/quiz/ (its zod schema included).
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
	baseNormalize,
	levenshtein,
	matchesAccepted,
	T3_MAX_RATIO
} from './text-tolerance';
export { displayOrder, fnv1a32, randomSeed, seededRandom, shuffle } from './shuffle';
export { createQuizMachine, initialQuizContext } from './machine';
export type { QuestionRecord, QuizContext, QuizEvent, QuizMachine } from './machine';
export { quizResult } from './result';
export { isAttemptUnderWay } from './attempt-state';
// The check of saved attempts (zod) loads on demand: `restorableQuizSnapshot` by path where it is
// needed at once (SCORM, tests).
export { loadSnapshotCheck } from './snapshot-check';
export type { PersistedQuizSnapshot, RestorableQuizSnapshot } from './snapshot';
export { onStartButton } from './start-button';
export type { StartButtonListener } from './start-button';
export { default as Quiz } from './Quiz.svelte';
export { default as QuizIntro } from './QuizIntro.svelte';
