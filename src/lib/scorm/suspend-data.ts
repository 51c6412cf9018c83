// The quiz attempt under way, in SCORM 1.2's `cmi.suspend_data` (CMIString4096: at most 4,096
// characters, counted as JavaScript counts them). Positional and compact: a header, then one
// field per answered question whose width the quiz itself gives, so no separator is needed.
// Only the first answer of each question is kept (the one that counts); on resume the learner
// goes on at the first question not answered yet.
// Files of the quiz folder by path, not its door: the door re-exports Svelte components, and this
// codec also runs in Node (the package build checks each quiz's budget).
import { gradeAnswer } from '../quiz/grade';
import type { QuestionRecord, QuizContext } from '../quiz/machine';
import type { PersistedQuizSnapshot } from '../quiz/snapshot';
import type { PageQuiz, Question, StoredAnswer } from '../quiz/types';

/** SCORM 1.2's limit for `cmi.suspend_data`. */
export const SUSPEND_DATA_MAX = 4096;

/**
 * Longest typed answer kept for resume, in UTF-16 code units: SCORM 1.2 keeps no more of an
 * answer in `cmi.interactions.n.student_response` (CMIString255). A longer one is kept cut, ending
 * with "…", when that does not change its grade; otherwise resume stops before its question.
 */
export const SUSPEND_TEXT_MAX = 255;

const VERSION = 'c1';
const HASH_CHARS = 8;
/** 36^7 > 2^32: any seed fits in 7 base-36 digits. */
const SEED_CHARS = 7;
/** How many questions are answered: data cut short by an LMS reads as damaged, never as fewer answers. */
const COUNT_CHARS = 2;
const HEADER_LENGTH = VERSION.length + HASH_CHARS + SEED_CHARS + COUNT_CHARS;
const TEXT_LENGTH_CHARS = 2;
/** One base-36 digit names a choice or a step: 36 of them at most. */
export const MAX_ITEMS = 36;
const ELLIPSIS = '…';

const base36 = (value: number, width: number) => value.toString(36).padStart(width, '0');

function parseBase36(text: string): number | undefined {
	return /^[0-9a-z]+$/.test(text) ? parseInt(text, 36) : undefined;
}

/** Digits needed for a bitmask of `count` choices. */
function maskWidth(count: number): number {
	return Math.max(1, Math.ceil((count * Math.log(2)) / Math.log(36) - 1e-9));
}

/** The widest field a question can take in the suspend data. */
export function fieldMaxLength(question: Question): number {
	switch (question.type) {
		case 'single':
		case 'password':
			return 1;
		case 'multiple':
			return maskWidth(question.choices.length);
		case 'ordering':
			return question.steps.length;
		case 'text':
			return TEXT_LENGTH_CHARS + SUSPEND_TEXT_MAX;
	}
}

/** The longest suspend data this quiz can need: every question answered at its widest. */
export function worstCaseSuspendLength(quiz: PageQuiz): number {
	return quiz.questions.reduce((sum, question) => sum + fieldMaxLength(question), HEADER_LENGTH);
}

/** What the package build says of a quiz's suspend data: its worst case and what is wrong. */
export interface SuspendBudget {
	worstCase: number;
	problems: string[];
}

const thousands = (value: number) => value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');

/**
 * Checks, before a package is written, that every attempt of this quiz fits SCORM 1.2's
 * suspend data; each problem is a French sentence naming the question or the figures.
 */
export function suspendBudget(quiz: PageQuiz): SuspendBudget {
	const problems: string[] = [];
	for (const question of quiz.questions) {
		const count =
			question.type === 'single' || question.type === 'multiple'
				? question.choices.length
				: question.type === 'ordering'
					? question.steps.length
					: 0;
		if (count > MAX_ITEMS) {
			problems.push(
				`question « ${question.id} »\u00a0: ${count} choix ou étapes, ${MAX_ITEMS} au plus dans un paquetage SCORM`
			);
		}
		if (question.type === 'text' && !question.accepted.some((a) => gradeAnswer(question, a))) {
			problems.push(`question « ${question.id} »\u00a0: aucune réponse acceptée n’est jugée juste`);
		}
	}
	const worstCase = worstCaseSuspendLength(quiz);
	if (worstCase > SUSPEND_DATA_MAX) {
		const texts = quiz.questions.filter((q) => q.type === 'text').length;
		problems.push(
			`la reprise d’une tentative peut demander ${thousands(worstCase)} caractères, au-delà des ` +
				`${thousands(SUSPEND_DATA_MAX)} que SCORM 1.2 garantit (cmi.suspend_data)\u00a0; ` +
				`${texts} question(s) à réponse écrite y comptent pour ${TEXT_LENGTH_CHARS + SUSPEND_TEXT_MAX} caractères chacune\u00a0: ` +
				`scindez le quiz ou remplacez des questions à réponse écrite`
		);
	}
	return { worstCase, problems };
}

const hashPrefix = (quiz: PageQuiz) => quiz.hash.slice(0, HASH_CHARS).padEnd(HASH_CHARS, '0');

/** A typed answer as kept for resume, or undefined when it cannot be kept without changing its grade. */
function keptText(question: Question, text: string, correct: boolean): string | undefined {
	if (text.length <= SUSPEND_TEXT_MAX) return text;
	let cut = text.slice(0, SUSPEND_TEXT_MAX - ELLIPSIS.length);
	// Never half a surrogate pair.
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	cut += ELLIPSIS;
	return gradeAnswer(question, cut) === correct ? cut : undefined;
}

function encodeField(question: Question, record: QuestionRecord): string | undefined {
	const answer = record.first;
	switch (question.type) {
		case 'single': {
			const index = question.choices.findIndex((c) => c.id === answer);
			return index < 0 || index >= MAX_ITEMS ? undefined : base36(index, 1);
		}
		case 'multiple': {
			if (!Array.isArray(answer) || question.choices.length > MAX_ITEMS) return undefined;
			const mask = question.choices.reduce(
				(bits, choice, i) => (answer.includes(choice.id) ? bits + 2 ** i : bits),
				0
			);
			return base36(mask, maskWidth(question.choices.length));
		}
		case 'ordering': {
			if (!Array.isArray(answer) || question.steps.length > MAX_ITEMS) return undefined;
			const indexes = answer.map((id) => question.steps.findIndex((s) => s.id === id));
			return indexes.some((i) => i < 0) ? undefined : indexes.map((i) => base36(i, 1)).join('');
		}
		case 'password':
			// Never the password: only whether it met the rule.
			return record.firstCorrect ? '1' : '0';
		case 'text': {
			if (typeof answer !== 'string') return undefined;
			const kept = keptText(question, answer, record.firstCorrect);
			return kept === undefined ? undefined : base36(kept.length, TEXT_LENGTH_CHARS) + kept;
		}
	}
}

/**
 * The suspend data of an attempt under way: the quiz (hash), the choice order (seed) and the
 * first answer of each question answered so far. Empty when no attempt is under way.
 */
export function encodeSuspendData(quiz: PageQuiz, context: QuizContext): string {
	let body = '';
	let answered = 0;
	for (const [i, question] of quiz.questions.entries()) {
		const record = context.records[i];
		if (!record) break;
		const field = encodeField(question, record);
		if (field === undefined) break;
		body += field;
		answered++;
	}
	return (
		VERSION +
		hashPrefix(quiz) +
		base36(context.seed >>> 0, SEED_CHARS) +
		base36(answered, COUNT_CHARS) +
		body
	);
}

/** Reads one question's field at `at`; returns the answer, its grade and the width read. */
function decodeField(
	question: Question,
	data: string,
	at: number
): { answer: StoredAnswer; correct: boolean; width: number } | undefined {
	switch (question.type) {
		case 'single': {
			const index = parseBase36(data.slice(at, at + 1));
			const choice = index === undefined ? undefined : question.choices[index];
			return choice && { answer: choice.id, correct: choice.correct, width: 1 };
		}
		case 'multiple': {
			const width = maskWidth(question.choices.length);
			const mask = parseBase36(data.slice(at, at + width));
			if (mask === undefined || data.length < at + width || mask >= 2 ** question.choices.length) {
				return undefined;
			}
			const answer = question.choices.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1);
			if (answer.length === 0) return undefined;
			const ids = answer.map((c) => c.id);
			return { answer: ids, correct: gradeAnswer(question, ids), width };
		}
		case 'ordering': {
			const width = question.steps.length;
			const field = data.slice(at, at + width);
			if (field.length !== width) return undefined;
			const ids = [...field].map((digit) => question.steps[parseBase36(digit) ?? -1]?.id);
			if (ids.some((id) => id === undefined) || new Set(ids).size !== width) return undefined;
			return { answer: ids as string[], correct: gradeAnswer(question, ids as string[]), width };
		}
		case 'password': {
			const bit = data.charAt(at);
			return bit === '1' || bit === '0'
				? { answer: null, correct: bit === '1', width: 1 }
				: undefined;
		}
		case 'text': {
			const length = parseBase36(data.slice(at, at + TEXT_LENGTH_CHARS));
			if (length === undefined || length === 0 || length > SUSPEND_TEXT_MAX) return undefined;
			const start = at + TEXT_LENGTH_CHARS;
			const text = data.slice(start, start + length);
			if (text.length !== length) return undefined;
			return {
				answer: text,
				correct: gradeAnswer(question, text),
				width: TEXT_LENGTH_CHARS + length
			};
		}
	}
}

/**
 * The quiz snapshot to resume from a suspend data, or undefined when it is not this quiz's (an
 * edited quiz, another package) or not well formed. The learner goes on at the first question
 * not answered yet; with every question answered, on the last one's feedback.
 */
export function decodeSuspendData(quiz: PageQuiz, data: string): PersistedQuizSnapshot | undefined {
	if (data.slice(0, VERSION.length + HASH_CHARS) !== VERSION + hashPrefix(quiz)) return undefined;
	const seedAt = VERSION.length + HASH_CHARS;
	const seed = parseBase36(data.slice(seedAt, seedAt + SEED_CHARS));
	const count = parseBase36(data.slice(seedAt + SEED_CHARS, HEADER_LENGTH));
	if (
		seed === undefined ||
		seed > 0xffffffff ||
		count === undefined ||
		count > quiz.questions.length
	) {
		return undefined;
	}
	const records: (QuestionRecord | null)[] = quiz.questions.map(() => null);
	let at = HEADER_LENGTH;
	let answered = 0;
	while (at < data.length) {
		const question = quiz.questions[answered];
		const field = question && decodeField(question, data, at);
		if (!field) return undefined;
		records[answered] = {
			first: field.answer,
			firstCorrect: field.correct,
			last: field.answer,
			lastCorrect: field.correct,
			tries: 1
		};
		at += field.width;
		answered++;
	}
	if (answered !== count) return undefined;
	const total = quiz.questions.length;
	const allAnswered = answered === total;
	const last = records[total - 1];
	return {
		status: 'active',
		output: undefined,
		error: undefined,
		value: allAnswered
			? { feedback: last?.firstCorrect ? 'correct' : 'incorrect' }
			: { answering: 'idle' },
		historyValue: {},
		context: {
			quizHash: quiz.hash,
			total,
			seed,
			index: allAnswered ? total - 1 : answered,
			records
		},
		children: {}
	};
}
