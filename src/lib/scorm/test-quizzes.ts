// Quizzes at the size limits, for the codec's tests and the bench (not shipped content).
import { gradeAnswer, storedAnswer } from '../quiz/grade';
import type { QuizContext } from '../quiz/machine';
import type { PageQuiz, Question } from '../quiz/types';
import { SUSPEND_TEXT_MAX } from './suspend-data';

const feedback = { correctHtml: '<p>Oui.</p>', incorrectHtml: '<p>Non.</p>' };
const base = (id: string) => ({
	id,
	promptHtml: `Question ${id}`,
	explanationHtml: '<p>Parce que.</p>'
});

/** The widest questions the quiz schema allows: 10 choices, 8 steps. */
function widestQuestion(type: Question['type'], n: number): Question {
	const id = `${type}-${n}`;
	const choices = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, html: `Choix ${i}` }));
	switch (type) {
		case 'single':
			return {
				...base(id),
				type,
				choices: choices.map((c, i) => ({ ...c, correct: i === 9, feedbackHtml: '<p>…</p>' }))
			};
		case 'multiple':
			return {
				...base(id),
				type,
				choices: choices.map((c, i) => ({ ...c, correct: i % 2 === 0 })),
				feedback
			};
		case 'ordering':
			return {
				...base(id),
				type,
				steps: Array.from({ length: 8 }, (_, i) => ({ id: `s${i}`, html: `Étape ${i}` })),
				feedback
			};
		case 'text':
			return {
				...base(id),
				type,
				label: 'Réponse',
				inputMode: 'text',
				accepted: ['michel.dupond@ac-lille.fr'],
				tolerances: ['t1', 't2'],
				feedback
			};
		case 'password':
			return { ...base(id), type, label: 'Mot de passe', feedback };
	}
}

const TYPES: Question['type'][] = ['single', 'multiple', 'text', 'password', 'ordering'];

/** A quiz of `count` questions cycling through every type (40: eight of each), at their widest. */
export function allTypesQuiz(count = 40): PageQuiz {
	return {
		slug: 'quarante-questions',
		hash: '0123456789abcdef',
		passMark: 80,
		questions: Array.from({ length: count }, (_, i) => widestQuestion(TYPES[i % TYPES.length]!, i))
	};
}

/** The widest answer of a question: the last choice, every box, steps reversed, a full text. */
export function widestAnswer(question: Question): string | string[] {
	switch (question.type) {
		case 'single':
			return question.choices.at(-1)!.id;
		case 'multiple':
			return question.choices.map((c) => c.id);
		case 'ordering':
			return question.steps.map((s) => s.id).reverse();
		case 'text':
			// Two UTF-16 code units per emoji: the limit counts what SCORM counts.
			return `${'é'.repeat(SUSPEND_TEXT_MAX - 3)}😀x`;
		case 'password':
			return 'Tr0mpette!Bleue';
	}
}

/** A context as the machine makes it: the first `answers.length` questions answered with these. */
export function contextWith(
	quiz: PageQuiz,
	answers: readonly (string | string[])[],
	seed = 12345
): QuizContext {
	const records = quiz.questions.map((question, i) => {
		const answer = answers[i];
		if (answer === undefined) return null;
		const kept = storedAnswer(question, answer);
		const correct = gradeAnswer(question, answer);
		return { first: kept, firstCorrect: correct, last: kept, lastCorrect: correct, tries: 1 };
	});
	return {
		quizHash: quiz.hash,
		total: quiz.questions.length,
		seed,
		index: Math.max(0, answers.length - 1),
		records
	};
}

/** Every question answered at its widest, with the widest seed: the longest suspend data. */
export const widestContext = (quiz: PageQuiz): QuizContext =>
	contextWith(quiz, quiz.questions.map(widestAnswer), 0xffffffff);
