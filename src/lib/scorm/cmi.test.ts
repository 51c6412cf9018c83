import { describe, expect, it } from 'vitest';
import { sampleQuiz } from '../quiz/sample-quiz';
import {
	CMI_STRING_255,
	interactionWrites,
	isBetterScore,
	itemLetter,
	scoreRaw,
	startStatus,
	statusAfterAttempt
} from './cmi';

const question = (id: string) => sampleQuiz.questions.find((q) => q.id === id)!;
const at = new Date(2026, 11, 3, 9, 30, 0);

describe('the cmi mapping', () => {
	it('reports the percentage rounded down to hundredths, so a pass mark is met exactly when the attempt meets it', () => {
		expect(scoreRaw(13, 19)).toBe('68.42');
		expect(scoreRaw(19, 19)).toBe('100');
		expect(scoreRaw(0, 19)).toBe('0');
		// 2/3 = 66.666…: rounding up would claim 66.67.
		expect(scoreRaw(2, 3)).toBe('66.66');
		for (let total = 1; total <= 40; total++) {
			for (let score = 0; score <= total; score++) {
				const passes = (score / total) * 100 >= 67;
				expect(Number(scoreRaw(score, total)) >= 67, `${score}/${total}`).toBe(passes);
			}
		}
	});

	it('starts incomplete, ends passed or failed, never passed back to failed', () => {
		expect(startStatus('not attempted')).toBe('incomplete');
		expect(startStatus('')).toBe('incomplete');
		expect(startStatus('failed')).toBeNull();
		expect(startStatus('passed')).toBeNull();
		expect(statusAfterAttempt('incomplete', true)).toBe('passed');
		expect(statusAfterAttempt('incomplete', false)).toBe('failed');
		expect(statusAfterAttempt('failed', true)).toBe('passed');
		expect(statusAfterAttempt('passed', false)).toBe('passed');
		expect(isBetterScore('', '40')).toBe(true);
		expect(isBetterScore('40', '60')).toBe(true);
		expect(isBetterScore('60', '40')).toBe(false);
		expect(isBetterScore('60', '60')).toBe(false);
	});

	it('names choices and steps by letter in quiz-file order', () => {
		expect([0, 1, 25, 26, 35].map(itemLetter)).toEqual(['a', 'b', 'z', '0', '9']);
		const writes = Object.fromEntries(
			interactionWrites(4, {
				question: question('etapes'),
				answer: ['s2', 's1', 's3'],
				correct: false,
				latencyMs: 2500,
				at
			})
		);
		expect(writes).toEqual({
			'cmi.interactions.4.id': 'etapes',
			'cmi.interactions.4.type': 'sequencing',
			'cmi.interactions.4.time': '09:30:00',
			'cmi.interactions.4.correct_responses.0.pattern': 'a,b,c',
			'cmi.interactions.4.student_response': 'b,a,c',
			'cmi.interactions.4.result': 'wrong',
			'cmi.interactions.4.latency': '0000:00:02.50'
		});
	});

	it('sends only the result of a password question, and at most 255 characters of a typed answer', () => {
		const password = interactionWrites(0, {
			question: question('mot-de-passe'),
			answer: null,
			correct: true,
			latencyMs: 0,
			at
		});
		expect(password.map(([element]) => element)).toEqual([
			'cmi.interactions.0.id',
			'cmi.interactions.0.type',
			'cmi.interactions.0.time',
			'cmi.interactions.0.result',
			'cmi.interactions.0.latency'
		]);
		const text = Object.fromEntries(
			interactionWrites(1, {
				question: question('adresse'),
				answer: 'x'.repeat(400),
				correct: false,
				latencyMs: 0,
				at
			})
		);
		expect(text['cmi.interactions.1.student_response']).toHaveLength(CMI_STRING_255);
	});
});
