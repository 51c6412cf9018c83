import { describe, expect, it } from 'vitest';
import { formatIssue } from '../content/issues';
import { messageFor } from '../../quiz/result';
import { validateQuizSource } from './validate-quiz';

const QUESTIONS = `questions:
  - id: q1
    type: text
    prompt: Question ?
    answers: [réponse]
    feedback: { correct: Bien vu., incorrect: Voici pourquoi. }
    explanation: Parce que.
`;

function check(results: string) {
	return validateQuizSource('quizzes/m.yaml', `${results}${QUESTIONS}`, {
		moduleSlugs: new Set(['m']),
		transcripts: new Map([['m', ['Un paragraphe.']]])
	});
}

describe('results: messages per score range', () => {
	it('renders each message as Markdown, with its range', () => {
		const { quiz, issues } = check(`results:
  - { from: 0, to: 79, message: 'Revoyez la **vidéo**.' }
  - { from: 80, to: 100, message: Bravo. }
`);
		expect(issues).toEqual([]);
		expect(quiz?.resultMessages).toEqual([
			{ from: 0, to: 79, html: '<p>Revoyez la <strong>vidéo</strong>.</p>' },
			{ from: 80, to: 100, html: '<p>Bravo.</p>' }
		]);
		expect(messageFor(quiz?.resultMessages, 79)?.html).toContain('vidéo');
		expect(messageFor(quiz?.resultMessages, 80)?.html).toBe('<p>Bravo.</p>');
	});

	it('refuses reversed and overlapping ranges, out-of-range bounds and unknown keys', () => {
		const { quiz, issues } = check(`results:
  - { from: 50, to: 20, message: A. }
  - { from: 0, to: 60, message: B. }
  - { from: 60, to: 100, message: C. }
  - { from: 0, to: 120, mesage: D. }
`);
		expect(quiz).toBeUndefined();
		expect(issues.map(formatIssue)).toEqual([
			'quizzes/m.yaml:5: results.4.to: « to » doit valoir au plus 100',
			'quizzes/m.yaml:5: results.4.message: champ obligatoire « message » manquant',
			'quizzes/m.yaml:5: results.4.mesage: clé inconnue « mesage » : vouliez-vous écrire « message » ? (voir docs/auteurs/ecrire-un-quiz.md)'
		]);
		const valid = check(`results:
  - { from: 50, to: 20, message: A. }
  - { from: 0, to: 60, message: B. }
  - { from: 60, to: 100, message: C. }
`);
		expect(valid.issues.map(formatIssue)).toEqual([
			'quizzes/m.yaml:2: results.1: « from » (50) doit être inférieur ou égal à « to » (20)',
			'quizzes/m.yaml:4: results.3: la plage 60–100 % chevauche la plage n° 2 (0–60 %) : un score ne doit avoir qu’un message'
		]);
	});
});
