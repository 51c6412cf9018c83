import { describe, expect, it } from 'vitest';
import { learnerAnswerView, rightAnswerView } from './review';
import { sampleQuiz } from './sample-quiz';
import type { Question } from './types';

const q = (id: string): Question => sampleQuiz.questions.find((x) => x.id === id)!;

describe('answer views for the review', () => {
	it('shows choices by their text and steps in the learner’s order', () => {
		expect(learnerAnswerView(q('canal'), 'c2', false)).toEqual({
			kind: 'html',
			items: ['L’adresse personnelle'],
			ordered: false
		});
		expect(learnerAnswerView(q('contenu'), ['c2'], false)).toMatchObject({
			items: ['Les lettres de diffusion']
		});
		expect(learnerAnswerView(q('etapes'), ['s2', 's1', 's3'], false)).toMatchObject({
			items: ['Se connecter', 'Ouvrir le webmail', 'Changer le mot de passe'],
			ordered: true
		});
	});

	it('shows typed text as text, and never a password', () => {
		expect(learnerAnswerView(q('adresse'), '<b>x</b>', false)).toEqual({
			kind: 'text',
			text: '<b>x</b>'
		});
		expect(learnerAnswerView(q('mot-de-passe'), null, true)).toMatchObject({
			kind: 'none',
			text: expect.stringContaining('conforme')
		});
	});

	it('gives the right answer of every type', () => {
		expect(rightAnswerView(q('contenu'))).toMatchObject({
			items: ['Les lettres de rentrée', 'Les lettres de diffusion']
		});
		expect(rightAnswerView(q('adresse'))).toEqual({
			kind: 'text',
			text: 'michel.dupond@ac-lille.fr'
		});
		expect(rightAnswerView(q('mot-de-passe'))).toMatchObject({
			text: expect.stringContaining('12 caractères')
		});
	});
});
