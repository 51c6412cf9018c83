// How a quiz maps onto SCORM 1.2's data model (RTE 3.4): the lesson status, the score and one
// interaction per answered question. Pure: the run-time (runtime.ts) writes what these return.
import type { Question, StoredAnswer } from '../quiz/types';
import { scormTimeOfDay, scormTimespan } from './session-time';

/** One `LMSSetValue` to make. */
export type CmiWrite = readonly [element: string, value: string];

/** SCORM 1.2 caps CMIString255 fields (an interaction's response) at 255 characters. */
export const CMI_STRING_255 = 255;

/** The letter SCORM 1.2 uses for the n-th choice or step (a–z, then 0–9): quiz-file order. */
export function itemLetter(index: number): string {
	return index < 26 ? String.fromCharCode(97 + index) : String(index - 26);
}

/** The score SCORM reports: the percentage, rounded down to hundredths (so it meets the pass mark exactly when the attempt does). */
export function scoreRaw(score: number, total: number): string {
	if (total <= 0) return '0';
	const hundredths = Math.floor((score * 10000) / total);
	return String(hundredths / 100);
}

/** The status to write when the learner starts, or null to leave the LMS's one as it is. */
export function startStatus(current: string): 'incomplete' | null {
	return current === '' || current === 'not attempted' || current === 'browsed'
		? 'incomplete'
		: null;
}

/** The status after a finished attempt: `passed` or `failed`, never `passed` back to `failed`. */
export function statusAfterAttempt(current: string, passed: boolean): 'passed' | 'failed' {
	return passed || current === 'passed' ? 'passed' : 'failed';
}

/** True when `next` should replace the LMS's score: there is none yet, or `next` is better. */
export function isBetterScore(current: string, next: string): boolean {
	const previous = current.trim() === '' ? NaN : Number(current);
	return !Number.isFinite(previous) || Number(next) > previous;
}

function interactionType(question: Question): 'choice' | 'fill-in' | 'sequencing' {
	if (question.type === 'single' || question.type === 'multiple') return 'choice';
	if (question.type === 'ordering') return 'sequencing';
	return 'fill-in';
}

function letters(ids: readonly string[], items: readonly { id: string }[]): string {
	return ids
		.map((id) => items.findIndex((item) => item.id === id))
		.filter((i) => i >= 0)
		.map(itemLetter)
		.join(',');
}

/** The learner's answer as SCORM 1.2 writes it; undefined for a password (never sent). */
function studentResponse(question: Question, answer: StoredAnswer): string | undefined {
	switch (question.type) {
		case 'single':
			return typeof answer === 'string' ? letters([answer], question.choices) : '';
		case 'multiple':
			return Array.isArray(answer) ? letters(answer, question.choices) : '';
		case 'ordering':
			return Array.isArray(answer) ? letters(answer, question.steps) : '';
		case 'text':
			return typeof answer === 'string' ? answer.slice(0, CMI_STRING_255) : '';
		case 'password':
			return undefined;
	}
}

/** The expected answer in the same form (Moodle's report shows it beside the learner's). */
function correctPattern(question: Question): string | undefined {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return question.choices
				.flatMap((choice, i) => (choice.correct ? [itemLetter(i)] : []))
				.join(',');
		case 'ordering':
			return question.steps.map((_, i) => itemLetter(i)).join(',');
		case 'text':
			return question.accepted[0]?.slice(0, CMI_STRING_255);
		case 'password':
			return undefined;
	}
}

/** What one answered question writes to `cmi.interactions.n`. */
export interface AnsweredQuestion {
	question: Question;
	/** The first answer, as the quiz keeps it (null for a password). */
	answer: StoredAnswer;
	correct: boolean;
	/** From the question shown to the answer. */
	latencyMs: number;
	at: Date;
}

/**
 * The writes of interaction `n`: id, type, time, the learner's response (never for a password
 * question, whose text may be a real password: only its result is sent), the expected pattern,
 * the result and the latency.
 */
export function interactionWrites(n: number, answered: AnsweredQuestion): CmiWrite[] {
	const { question } = answered;
	const prefix = `cmi.interactions.${n}`;
	const writes: CmiWrite[] = [
		[`${prefix}.id`, question.id],
		[`${prefix}.type`, interactionType(question)],
		[`${prefix}.time`, scormTimeOfDay(answered.at)]
	];
	const pattern = correctPattern(question);
	if (pattern) writes.push([`${prefix}.correct_responses.0.pattern`, pattern]);
	const response = studentResponse(question, answered.answer);
	if (response !== undefined) writes.push([`${prefix}.student_response`, response]);
	writes.push(
		[`${prefix}.result`, answered.correct ? 'correct' : 'wrong'],
		[`${prefix}.latency`, scormTimespan(answered.latencyMs)]
	);
	return writes;
}
