import { describe, expect, it } from 'vitest';
import {
	gradeAnswer,
	isEmptyAnswer,
	isWellFormed,
	missingAnswerMessage,
	storedAnswer
} from './grade';
import {
	sampleAnswers,
	sampleEmptyAnswers,
	sampleQuiz,
	SAMPLE_STRONG_PASSWORD
} from './sample-quiz';
import type { Question } from './types';

const byId = (id: string): Question => sampleQuiz.questions.find((q) => q.id === id)!;

describe('gradeAnswer', () => {
	it.each(sampleQuiz.questions.map((q) => [q.id, q] as const))(
		'%s: right and wrong',
		(id, question) => {
			const { right, wrong } = sampleAnswers[id]!;
			expect(gradeAnswer(question, right)).toBe(true);
			expect(gradeAnswer(question, wrong)).toBe(false);
		}
	);

	it('multiple choice: the chosen set must equal the correct set', () => {
		const q = byId('contenu');
		expect(gradeAnswer(q, ['c2', 'c1'])).toBe(true);
		expect(gradeAnswer(q, ['c1', 'c2', 'c3'])).toBe(false);
		expect(gradeAnswer(q, ['c3'])).toBe(false);
	});

	it('password: the CNIL rule of the password checker decides', () => {
		const q = byId('mot-de-passe');
		expect(gradeAnswer(q, SAMPLE_STRONG_PASSWORD)).toBe(true);
		expect(gradeAnswer(q, 'abcdefghijkl')).toBe(false);
		expect(gradeAnswer(q, 'Abcdefghij1!')).toBe(true);
		expect(gradeAnswer(q, 'Abcdefghi1!')).toBe(false);
	});

	it('ordering: only the exact order is right', () => {
		expect(gradeAnswer(byId('etapes'), ['s1', 's3', 's2'])).toBe(false);
	});
});

describe('isWellFormed and isEmptyAnswer', () => {
	it('refuses answers of the wrong shape or naming unknown choices', () => {
		expect(isWellFormed(byId('canal'), ['c1'])).toBe(false);
		expect(isWellFormed(byId('canal'), 'c9')).toBe(false);
		expect(isWellFormed(byId('contenu'), 'c1')).toBe(false);
		expect(isWellFormed(byId('contenu'), ['c1', 'c1'])).toBe(false);
		expect(isWellFormed(byId('adresse'), 42)).toBe(false);
		expect(isWellFormed(byId('etapes'), ['s1', 's2'])).toBe(false);
		expect(isWellFormed(byId('etapes'), ['s1', 's1', 's2'])).toBe(false);
		expect(isWellFormed(byId('etapes'), ['s3', 's1', 's2'])).toBe(true);
	});

	it.each(Object.entries(sampleEmptyAnswers))('%s: the empty answer is empty', (id, empty) => {
		const q = byId(id);
		expect(isWellFormed(q, empty)).toBe(true);
		expect(isEmptyAnswer(q, empty)).toBe(true);
		expect(isEmptyAnswer(q, sampleAnswers[id]!.wrong)).toBe(false);
	});

	it('a blank made of non-breaking spaces is empty', () => {
		expect(isEmptyAnswer(byId('adresse'), '\u00a0\u202f ')).toBe(true);
	});

	it('names the field in the missing-answer message', () => {
		expect(missingAnswerMessage(byId('adresse'))).toContain('Adresse électronique');
		expect(missingAnswerMessage(byId('mot-de-passe'))).toContain('Mot de passe d’exercice');
	});
});

describe('storedAnswer', () => {
	it('never keeps a password', () => {
		expect(storedAnswer(byId('mot-de-passe'), SAMPLE_STRONG_PASSWORD)).toBeNull();
	});

	it('keeps multiple choices in the author’s order and trims text', () => {
		expect(storedAnswer(byId('contenu'), ['c2', 'c1'])).toEqual(['c1', 'c2']);
		expect(storedAnswer(byId('adresse'), '  a\u00a0b ')).toBe('a b');
		expect((storedAnswer(byId('adresse'), 'x'.repeat(2000)) as string).length).toBe(500);
	});
});
