// Not the door `../password`: it re-exports Svelte components, and grading also runs in plain Node.
import { meetsCnilRule } from '../password/rules';
import { baseNormalize, matchesAccepted } from './text-tolerance';
import type { Answer, Question, StoredAnswer } from './types';

/** Longest typed answer kept in a saved attempt (longer ones are cut, they are wrong anyway). */
export const MAX_STORED_TEXT = 500;

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * True when `answer` has the shape the question expects and names only its own choices or steps.
 * Anything else (a forged or stale event) is ignored by the machine.
 */
export function isWellFormed(question: Question, answer: unknown): answer is Answer {
	switch (question.type) {
		case 'single':
			return (
				typeof answer === 'string' &&
				(answer === '' || question.choices.some((choice) => choice.id === answer))
			);
		case 'multiple':
			return (
				isStringArray(answer) &&
				new Set(answer).size === answer.length &&
				answer.every((id) => question.choices.some((choice) => choice.id === id))
			);
		case 'text':
		case 'password':
			return typeof answer === 'string';
		case 'ordering':
			return (
				isStringArray(answer) &&
				answer.length === question.steps.length &&
				new Set(answer).size === answer.length &&
				answer.every((id) => question.steps.some((step) => step.id === id))
			);
	}
}

/** True when nothing was answered (no choice, blank text): such an answer is not graded. */
export function isEmptyAnswer(question: Question, answer: Answer): boolean {
	switch (question.type) {
		case 'single':
			return answer === '';
		case 'multiple':
			return answer.length === 0;
		case 'text':
			return typeof answer === 'string' && baseNormalize(answer) === '';
		case 'password':
			return answer === '';
		case 'ordering':
			return false;
	}
}

/** Grades a well-formed, non-empty answer. */
export function gradeAnswer(question: Question, answer: Answer): boolean {
	switch (question.type) {
		case 'single':
			return question.choices.some((choice) => choice.correct && choice.id === answer);
		case 'multiple': {
			const chosen = new Set(answer);
			return question.choices.every((choice) => choice.correct === chosen.has(choice.id));
		}
		case 'text':
			return (
				typeof answer === 'string' &&
				matchesAccepted(answer, question.accepted, question.tolerances)
			);
		case 'password':
			return typeof answer === 'string' && meetsCnilRule(answer);
		case 'ordering':
			return (
				answer.length === question.steps.length &&
				question.steps.every((step, i) => step.id === answer[i])
			);
	}
}

/** What a saved attempt keeps of an answer: never a password, text cut to a sane length. */
export function storedAnswer(question: Question, answer: Answer): StoredAnswer {
	if (question.type === 'password') return null;
	if (typeof answer === 'string') return baseNormalize(answer).slice(0, MAX_STORED_TEXT);
	if (question.type === 'multiple') {
		// Stored in the author's order, so that the same set always looks the same.
		return question.choices.filter((choice) => answer.includes(choice.id)).map((c) => c.id);
	}
	return [...answer];
}

/** The `role="alert"` message shown when the learner validates without answering (RGAA 11.10). */
export function missingAnswerMessage(question: Question): string {
	switch (question.type) {
		case 'single':
			return 'Aucune réponse choisie : sélectionnez une réponse avant de valider.';
		case 'multiple':
			return 'Aucune case cochée : cochez au moins une réponse avant de valider.';
		case 'text':
			return `Le champ « ${question.label} » est vide : saisissez votre réponse avant de valider.`;
		case 'password':
			return `Le champ « ${question.label} » est vide : saisissez un mot de passe avant de valider.`;
		case 'ordering':
			return 'Rangez les étapes avant de valider.';
	}
}
