import type { Question, StoredAnswer } from './types';

/** How an answer is shown: author HTML fragments (choices, steps) or the learner's own text. */
export type AnswerView =
	| { kind: 'html'; items: string[]; ordered: boolean }
	| { kind: 'text'; text: string }
	| { kind: 'none'; text: string };

/** Wording of the rule the password question checks (the rule itself lives in `$lib/password`). */
export const PASSWORD_RULE_TEXT =
	'un mot de passe d’au moins 12 caractères, avec des minuscules, des majuscules, des chiffres et des caractères spéciaux';

/** The learner's answer, ready to display in the feedback or the results. */
export function learnerAnswerView(
	question: Question,
	answer: StoredAnswer,
	correct: boolean
): AnswerView {
	switch (question.type) {
		case 'single': {
			const choice = question.choices.find((c) => c.id === answer);
			return choice
				? { kind: 'html', items: [choice.html], ordered: false }
				: { kind: 'none', text: 'aucune réponse' };
		}
		case 'multiple': {
			const chosen = Array.isArray(answer) ? answer : [];
			const items = question.choices.filter((c) => chosen.includes(c.id)).map((c) => c.html);
			return items.length
				? { kind: 'html', items, ordered: false }
				: { kind: 'none', text: 'aucune case cochée' };
		}
		case 'text':
			return typeof answer === 'string' && answer !== ''
				? { kind: 'text', text: answer }
				: { kind: 'none', text: 'aucune réponse' };
		case 'password':
			return {
				kind: 'none',
				text: correct
					? 'un mot de passe conforme à la règle (il n’a pas été conservé)'
					: 'un mot de passe non conforme à la règle (il n’a pas été conservé)'
			};
		case 'ordering': {
			const order = Array.isArray(answer) ? answer : [];
			const items = order.flatMap((id) =>
				question.steps.filter((s) => s.id === id).map((s) => s.html)
			);
			return items.length
				? { kind: 'html', items, ordered: true }
				: { kind: 'none', text: 'aucune réponse' };
		}
	}
}

/** The expected answer, for the results review. */
export function rightAnswerView(question: Question): AnswerView {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return {
				kind: 'html',
				items: question.choices.filter((c) => c.correct).map((c) => c.html),
				ordered: false
			};
		case 'text':
			return { kind: 'text', text: question.accepted[0] ?? '' };
		case 'password':
			return { kind: 'none', text: PASSWORD_RULE_TEXT };
		case 'ordering':
			return { kind: 'html', items: question.steps.map((s) => s.html), ordered: true };
	}
}
