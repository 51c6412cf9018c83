// Quizzes at the size limits, for the codec's tests and the bench (not shipped content).
import type { PageQuiz, Question } from '../quiz/types';

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
