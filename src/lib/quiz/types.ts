/** Text tolerances of a short-text question, as Pix names them (see "Écrire un quiz" in the README). */
export type Tolerance = 't1' | 't2' | 't3';

/** What every question carries once rendered for the page. */
interface QuestionBase {
	/** Author's identifier, unique in its quiz (lowercase letters, digits, hyphens). */
	id: string;
	/** Prompt rendered as inline HTML (it sits inside a `legend`). */
	promptHtml: string;
	/** Why the right answer is right, shown in the results review (block HTML). */
	explanationHtml: string;
	/** What changed since the video, shown beside the feedback (block HTML). */
	noteHtml?: string;
	/** Id of the transcription paragraph the question comes from (`transcription-N`). */
	passageAnchor?: string;
}

/** Feedback given per outcome (every type except single choice). */
export interface OutcomeFeedback {
	correctHtml: string;
	incorrectHtml: string;
}

/** Single choice (QCU): exactly one correct choice, one feedback per choice. */
export interface SingleChoiceQuestion extends QuestionBase {
	type: 'single';
	choices: { id: string; html: string; correct: boolean; feedbackHtml: string }[];
}

/** Multiple choice (QCM): the chosen set must equal the correct set. */
export interface MultipleChoiceQuestion extends QuestionBase {
	type: 'multiple';
	choices: { id: string; html: string; correct: boolean }[];
	feedback: OutcomeFeedback;
}

/** Short text (QROC): the answer must match one accepted answer under the chosen tolerances. */
export interface TextQuestion extends QuestionBase {
	type: 'text';
	/** Visible label of the input. */
	label: string;
	/** Virtual keyboard hint for mobiles. */
	inputMode: 'text' | 'email' | 'url';
	accepted: string[];
	tolerances: Tolerance[];
	feedback: OutcomeFeedback;
}

/** The learner types a password that must meet the CNIL rule; only pass/fail is ever kept. */
export interface PasswordQuestion extends QuestionBase {
	type: 'password';
	label: string;
	feedback: OutcomeFeedback;
}

/** Put steps in order; `steps` is the correct order. */
export interface OrderingQuestion extends QuestionBase {
	type: 'ordering';
	steps: { id: string; html: string }[];
	feedback: OutcomeFeedback;
}

/** Any question of a quiz, as the page receives it. */
export type Question =
	| SingleChoiceQuestion
	| MultipleChoiceQuestion
	| TextQuestion
	| PasswordQuestion
	| OrderingQuestion;

/** A validated quiz, serialisable (plain JSON), ready for the page. */
export interface PageQuiz {
	/** Slug of the module the quiz belongs to (its file name). */
	slug: string;
	/** Stable hash of the quiz content: a saved attempt is only restored on the same hash. */
	hash: string;
	/** Pass mark in percent (1–100). */
	passMark: number;
	/** Authors' messages per score range (percent, bounds included), in the file's order. */
	resultMessages?: ResultMessage[];
	questions: Question[];
}

/** A message for the results screen, for scores from `from` to `to` percent. */
export interface ResultMessage {
	from: number;
	to: number;
	html: string;
}

/**
 * What the learner submits: a choice id (single), choice ids (multiple), the typed text
 * (text, password) or step ids in the learner's order (ordering).
 */
export type Answer = string | string[];

/** What is kept of an answer: the same as `Answer`, except `null` for a password. */
export type StoredAnswer = string | string[] | null;

/** The outcome of a finished attempt, handed to `onFinish`. */
export interface QuizResult {
	score: number;
	total: number;
	passed: boolean;
	/** One per question, in quiz order: the first try, which is the one that counts. */
	answers: { questionId: string; answer: StoredAnswer; correct: boolean }[];
}
