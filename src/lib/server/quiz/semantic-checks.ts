import { feedbackTone } from './feedback-tone';
import { applyTolerances } from '../../quiz/text-tolerance';
import type { QuizFileQuestion } from './schema';
import { invisibleCharacter, invisibleMessage } from '../content/invisible';

/** A problem found in one question, with its path relative to the question (`choices.2.feedback`). */
export interface QuestionProblem {
	field: string;
	message: string;
	severity: 'error' | 'warning';
}

function error(field: string, message: string): QuestionProblem {
	return { field, message, severity: 'error' };
}

function positions(indices: number[]): string {
	return indices.map((i) => `n° ${i + 1}`).join(', ');
}

// Pix shipped a question whose expected answer contradicted its own feedback: catch that here.
function toneProblem(field: string, markdown: string, forCorrect: boolean): QuestionProblem[] {
	const { tone, word } = feedbackTone(markdown);
	if (forCorrect && tone === 'refusal') {
		return [
			error(
				field,
				`retour contradictoire : il accompagne une bonne réponse mais commence par « ${word} » ; un apprenant qui a juste lirait qu’il s’est trompé`
			)
		];
	}
	if (!forCorrect && tone === 'approval') {
		return [
			error(
				field,
				`retour contradictoire : il accompagne une mauvaise réponse mais commence par « ${word} » ; un apprenant qui s’est trompé lirait qu’il a juste`
			)
		];
	}
	return [];
}

function duplicates(texts: string[]): number[][] {
	const seen = new Map<string, number[]>();
	texts.forEach((text, i) => {
		const key = text.trim().toLowerCase();
		seen.set(key, [...(seen.get(key) ?? []), i]);
	});
	return [...seen.values()].filter((group) => group.length > 1);
}

function outcomeChecks(feedback: { correct: string; incorrect: string }): QuestionProblem[] {
	return [
		...toneProblem('feedback.correct', feedback.correct, true),
		...toneProblem('feedback.incorrect', feedback.incorrect, false)
	];
}

function textChecks(question: Extract<QuizFileQuestion, { type: 'text' }>): QuestionProblem[] {
	const problems: QuestionProblem[] = [];
	question.answers.forEach((answer, i) => {
		if (applyTolerances(answer, question.tolerances) === '') {
			problems.push(
				error(
					`answers.${i + 1}`,
					`la réponse « ${answer} » devient vide une fois les tolérances appliquées : personne ne pourrait la donner`
				)
			);
		}
	});
	const hasT1 = question.tolerances.includes('t1');
	const addressLike = question.answers.find((a) => /@|^https?:\/\/|^www\./i.test(a.trim()));
	if (addressLike && !hasT1) {
		problems.push({
			field: 'tolerances',
			message: `« ${addressLike} » est une adresse : sans t1, une saisie comme « ${addressLike.toUpperCase()} » ou avec des espaces serait refusée`,
			severity: 'warning'
		});
	}
	for (const url of question.answers.filter((a) => /^https?:\/\/[^/]+$/i.test(a.trim()))) {
		if (!question.answers.some((a) => a.trim() === `${url.trim()}/`)) {
			problems.push({
				field: 'answers',
				message: `ajoutez « ${url.trim()}/ » : beaucoup d’apprenants tapent la barre oblique finale`,
				severity: 'warning'
			});
		}
	}
	return problems;
}

/** The texts a learner must see or type exactly: the prompt, choices, steps, answers, the label. */
function visibleTexts(question: QuizFileQuestion): [field: string, text: string][] {
	const texts: [string, string][] = [['prompt', question.prompt]];
	if (question.type === 'single' || question.type === 'multiple')
		question.choices.forEach((c, i) => texts.push([`choices.${i + 1}.text`, c.text]));
	if (question.type === 'ordering')
		question.steps.forEach((s, i) => texts.push([`steps.${i + 1}`, s]));
	if (question.type === 'text')
		question.answers.forEach((a, i) => texts.push([`answers.${i + 1}`, a]));
	if (question.type === 'text' || question.type === 'password')
		texts.push(['label', question.label]);
	return texts;
}

/** Rules zod cannot express: right number of correct choices, feedback agreeing with its outcome… */
export function questionProblems(question: QuizFileQuestion): QuestionProblem[] {
	const problems: QuestionProblem[] = [];
	for (const [field, text] of visibleTexts(question)) {
		const found = invisibleCharacter(text);
		if (found) problems.push(error(field, invisibleMessage(found)));
	}
	if (/\n\s*\n/.test(question.prompt)) {
		problems.push(
			error(
				'prompt',
				'l’énoncé tient en un seul paragraphe (il devient la légende du groupe de réponses)'
			)
		);
	}
	switch (question.type) {
		case 'single': {
			const correct = question.choices.flatMap((c, i) => (c.correct ? [i] : []));
			if (correct.length === 0) {
				problems.push(
					error(
						'choices',
						'aucun choix correct : une question à choix unique (single) en demande exactement un, marqué « correct: true »'
					)
				);
			} else if (correct.length > 1) {
				problems.push(
					error(
						'choices',
						`${correct.length} choix corrects (${positions(correct)}) : une question à choix unique (single) en demande exactement un ; pour plusieurs bonnes réponses, utilisez « type: multiple »`
					)
				);
			}
			question.choices.forEach((choice, i) => {
				problems.push(...toneProblem(`choices.${i + 1}.feedback`, choice.feedback, choice.correct));
			});
			break;
		}
		case 'multiple':
			if (!question.choices.some((c) => c.correct)) {
				problems.push(
					error(
						'choices',
						'aucun choix correct : une question à choix multiple (multiple) en demande au moins un, marqué « correct: true »'
					)
				);
			}
			problems.push(...outcomeChecks(question.feedback));
			break;
		case 'text':
			problems.push(...textChecks(question), ...outcomeChecks(question.feedback));
			break;
		case 'password':
			problems.push(...outcomeChecks(question.feedback));
			break;
		case 'ordering':
			for (const group of duplicates(question.steps)) {
				problems.push(
					error('steps', `étapes identiques (${positions(group)}) : l’ordre serait ambigu`)
				);
			}
			problems.push(...outcomeChecks(question.feedback));
			break;
	}
	if (question.type === 'single' || question.type === 'multiple') {
		for (const group of duplicates(question.choices.map((c) => c.text))) {
			problems.push(error('choices', `choix identiques (${positions(group)})`));
		}
	}
	return problems;
}
