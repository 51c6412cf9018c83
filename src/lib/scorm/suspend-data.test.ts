import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createQuizMachine } from '../quiz/machine';
import { SAMPLE_STRONG_PASSWORD, sampleAnswers, sampleQuiz } from '../quiz/sample-quiz';
import { restorableQuizSnapshot } from '../quiz/snapshot';
import type { PageQuiz } from '../quiz/types';
import {
	decodeSuspendData,
	encodeSuspendData,
	SUSPEND_DATA_MAX,
	SUSPEND_TEXT_MAX,
	suspendBudget,
	worstCaseSuspendLength
} from './suspend-data';
import { allTypesQuiz, contextWith, widestContext } from './test-quizzes';

const right = (id: string) => sampleAnswers[id]!.right;
const wrong = (id: string) => sampleAnswers[id]!.wrong;

describe('the suspend data of an attempt', () => {
	it('resumes at the first question not answered, with the first answers and the choice order', () => {
		const answers = [right('canal'), wrong('contenu'), right('adresse')];
		const data = encodeSuspendData(sampleQuiz, contextWith(sampleQuiz, answers));
		const resumed = restorableQuizSnapshot(sampleQuiz, decodeSuspendData(sampleQuiz, data));
		expect(resumed?.value).toEqual({ answering: 'idle' });
		expect(resumed?.context.index).toBe(3);
		expect(resumed?.context.seed).toBe(12345);
		expect(resumed?.context.records.map((r) => r?.first ?? null)).toEqual([
			'c1',
			['c1'],
			'Michel.Dupond@AC-Lille.fr',
			null,
			null
		]);
		expect(resumed?.context.records.map((r) => r?.firstCorrect ?? null)).toEqual([
			true,
			false,
			true,
			null,
			null
		]);
	});

	it('runs in the quiz machine from there', () => {
		const data = encodeSuspendData(sampleQuiz, contextWith(sampleQuiz, [right('canal')]));
		const snapshot = restorableQuizSnapshot(sampleQuiz, decodeSuspendData(sampleQuiz, data));
		const actor = createActor(createQuizMachine(sampleQuiz), { snapshot }).start();
		actor.send({ type: 'SUBMIT', answer: right('contenu') });
		expect(actor.getSnapshot().matches({ feedback: 'correct' })).toBe(true);
		expect(actor.getSnapshot().context.index).toBe(1);
	});

	it('keeps only whether a password met the rule, never the password', () => {
		const answers = ['c1', ['c1', 'c2'], 'x', SAMPLE_STRONG_PASSWORD];
		const context = contextWith(sampleQuiz, answers);
		// The machine hands null for a password; make sure the codec could not leak one anyway.
		context.records[3] = { ...context.records[3]!, first: SAMPLE_STRONG_PASSWORD };
		const data = encodeSuspendData(sampleQuiz, context);
		expect(data).not.toContain(SAMPLE_STRONG_PASSWORD);
		expect(data).not.toContain('Tr0m');
		const resumed = decodeSuspendData(sampleQuiz, data);
		expect(resumed?.context.records[3]).toMatchObject({ first: null, firstCorrect: true });
	});

	it('with every question answered, resumes on the last feedback', () => {
		const answers = sampleQuiz.questions.map((q) => right(q.id));
		const data = encodeSuspendData(sampleQuiz, contextWith(sampleQuiz, answers));
		const resumed = restorableQuizSnapshot(sampleQuiz, decodeSuspendData(sampleQuiz, data));
		expect(resumed?.value).toEqual({ feedback: 'correct' });
		expect(resumed?.context.index).toBe(sampleQuiz.questions.length - 1);
	});

	it('refuses another quiz, an edited quiz and damaged data', () => {
		const data = encodeSuspendData(
			sampleQuiz,
			contextWith(sampleQuiz, [right('canal'), right('contenu')])
		);
		expect(decodeSuspendData({ ...sampleQuiz, hash: 'other-hash-value' }, data)).toBeUndefined();
		expect(decodeSuspendData(sampleQuiz, data.slice(0, -1))).toBeUndefined();
		expect(decodeSuspendData(sampleQuiz, `${data}z`)).toBeUndefined();
		expect(decodeSuspendData(sampleQuiz, data.slice(0, 10))).toBeUndefined();
		expect(decodeSuspendData(sampleQuiz, 'n’importe quoi')).toBeUndefined();
		expect(decodeSuspendData(sampleQuiz, '')).toBeUndefined();
		// A choice index past the question's choices.
		expect(decodeSuspendData(sampleQuiz, `${data.slice(0, 17)}019`)).toBeUndefined();
	});

	it('cuts a typed answer past 255 characters when its grade stays the same', () => {
		const long = `faux ${'x'.repeat(400)}`;
		const data = encodeSuspendData(sampleQuiz, contextWith(sampleQuiz, ['c1', ['c1'], long]));
		const record = decodeSuspendData(sampleQuiz, data)?.context.records[2];
		expect(record?.first).toHaveLength(SUSPEND_TEXT_MAX);
		expect(String(record?.first).endsWith('…')).toBe(true);
		expect(record?.firstCorrect).toBe(false);
	});

	it('stops before a typed answer that cutting would change: that question is asked again', () => {
		// Right under t1 (spaces dropped), wrong once cut.
		const spaced = [...'michel.dupond@ac-lille.fr'].join('          ');
		expect(spaced.length).toBeGreaterThan(SUSPEND_TEXT_MAX);
		const data = encodeSuspendData(
			sampleQuiz,
			contextWith(sampleQuiz, ['c1', ['c1'], spaced, 'court'])
		);
		const resumed = restorableQuizSnapshot(sampleQuiz, decodeSuspendData(sampleQuiz, data));
		expect(resumed?.context.index).toBe(2);
		expect(resumed?.context.records[2]).toBeNull();
	});
});

describe('the suspend-data budget', () => {
	it('fits a 40-question quiz of every type, each answer at its widest, in 4,096 characters', () => {
		const quiz = allTypesQuiz(40);
		const data = encodeSuspendData(quiz, widestContext(quiz));
		expect(data.length).toBe(worstCaseSuspendLength(quiz));
		expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
		expect(suspendBudget(quiz).problems).toEqual([]);
		const resumed = restorableQuizSnapshot(quiz, decodeSuspendData(quiz, data));
		expect(resumed?.context.records.every((r) => r !== null)).toBe(true);
	});

	it('accepts a quiz whose worst case is exactly 4,096 characters, refuses one more', () => {
		// 19 (header) + 15 × 257 (text) + 222 × 1 (single) = 4,096.
		const texts = allTypesQuiz(3).questions.filter((q) => q.type === 'text');
		const single = allTypesQuiz(1).questions[0]!;
		const atLimit: PageQuiz = {
			...allTypesQuiz(0),
			questions: [
				...Array.from({ length: 15 }, (_, i) => ({ ...texts[0]!, id: `texte-${i}` })),
				...Array.from({ length: 222 }, (_, i) => ({ ...single, id: `choix-${i}` }))
			]
		};
		const data = encodeSuspendData(atLimit, widestContext(atLimit));
		expect(data.length).toBe(SUSPEND_DATA_MAX);
		expect(suspendBudget(atLimit)).toEqual({ worstCase: 4096, problems: [] });
		expect(decodeSuspendData(atLimit, data)?.context.records.at(-1)).not.toBeNull();

		const overLimit = {
			...atLimit,
			questions: [...atLimit.questions, { ...single, id: 'de-trop' }]
		};
		const budget = suspendBudget(overLimit);
		expect(budget.worstCase).toBe(4097);
		expect(budget.problems).toHaveLength(1);
		expect(budget.problems[0]).toMatch(
			/4\u202f097 caractères.*4\u202f096.*15 question\(s\) à réponse écrite/
		);
	});

	it('refuses a question with more choices than one character can name', () => {
		const quiz = allTypesQuiz(1);
		const question = quiz.questions[0]!;
		if (question.type !== 'single') throw new Error('single expected');
		question.choices = Array.from({ length: 37 }, (_, i) => ({
			id: `c${i}`,
			html: `${i}`,
			correct: i === 0,
			feedbackHtml: ''
		}));
		expect(suspendBudget(quiz).problems).toEqual([
			expect.stringContaining('« single-0 »\u00a0: 37 choix ou étapes, 36 au plus')
		]);
	});
});
