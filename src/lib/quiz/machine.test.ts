import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createQuizMachine, type QuizEvent } from './machine';
import { quizResult } from './result';
import { sampleAnswers, sampleQuiz, SAMPLE_STRONG_PASSWORD } from './sample-quiz';
import { restorableQuizSnapshot } from './snapshot';

function start(seed = 42) {
	const actor = createActor(createQuizMachine(sampleQuiz)).start();
	actor.send({ type: 'START', seed });
	return actor;
}

function answer(actor: ReturnType<typeof start>, kind: 'right' | 'wrong') {
	const question = sampleQuiz.questions[actor.getSnapshot().context.index]!;
	actor.send({ type: 'SUBMIT', answer: sampleAnswers[question.id]![kind] });
}

describe('quiz machine', () => {
	it('starts at the intro and keeps the seed chosen at START', () => {
		const actor = createActor(createQuizMachine(sampleQuiz)).start();
		expect(actor.getSnapshot().value).toBe('intro');
		actor.send({ type: 'START', seed: 1234 });
		expect(actor.getSnapshot().value).toEqual({ answering: 'idle' });
		expect(actor.getSnapshot().context.seed).toBe(1234);
	});

	it('draws a random seed when none is given', () => {
		const seeds = new Set(
			Array.from({ length: 5 }, () => {
				const actor = createActor(createQuizMachine(sampleQuiz)).start();
				actor.send({ type: 'START' });
				return actor.getSnapshot().context.seed;
			})
		);
		expect(seeds.size).toBeGreaterThan(1);
	});

	it('does not grade an empty answer', () => {
		const actor = start();
		actor.send({ type: 'SUBMIT', answer: '' });
		expect(actor.getSnapshot().value).toEqual({ answering: 'missing' });
		expect(actor.getSnapshot().context.records[0]).toBeNull();
		answer(actor, 'right');
		expect(actor.getSnapshot().value).toEqual({ feedback: 'correct' });
	});

	it('counts only the first try, and lets the learner retry without limit', () => {
		const actor = start();
		answer(actor, 'wrong');
		expect(actor.getSnapshot().value).toEqual({ feedback: 'incorrect' });
		for (let i = 0; i < 3; i++) {
			actor.send({ type: 'RETRY' });
			answer(actor, 'wrong');
		}
		actor.send({ type: 'RETRY' });
		answer(actor, 'right');
		const record = actor.getSnapshot().context.records[0]!;
		expect(record).toMatchObject({
			first: 'c2',
			firstCorrect: false,
			last: 'c1',
			lastCorrect: true,
			tries: 5
		});
		expect(actor.getSnapshot().value).toEqual({ feedback: 'correct' });
	});

	it('goes to the results after the last question and computes the score', () => {
		const actor = start();
		const kinds = ['right', 'wrong', 'right', 'right', 'right'] as const;
		kinds.forEach((kind, i) => {
			answer(actor, kind);
			actor.send({ type: 'NEXT' });
			expect(actor.getSnapshot().value).toEqual(
				i < kinds.length - 1 ? { answering: 'idle' } : 'results'
			);
		});
		const result = quizResult(sampleQuiz, actor.getSnapshot().context);
		expect(result).toMatchObject({ score: 4, total: 5, passed: true });
		expect(result.answers[1]).toEqual({ questionId: 'contenu', answer: ['c1'], correct: false });
		expect(result.answers[3]).toEqual({ questionId: 'mot-de-passe', answer: null, correct: true });
	});

	it('fails below the pass mark', () => {
		const actor = start();
		for (const kind of ['right', 'wrong', 'wrong', 'right', 'right'] as const) {
			answer(actor, kind);
			actor.send({ type: 'NEXT' });
		}
		expect(quizResult(sampleQuiz, actor.getSnapshot().context)).toMatchObject({
			score: 3,
			passed: false
		});
	});

	it('retakes from the first question with a new seed and no answers', () => {
		const actor = start(1);
		for (let i = 0; i < sampleQuiz.questions.length; i++) {
			answer(actor, 'right');
			actor.send({ type: 'NEXT' });
		}
		actor.send({ type: 'RETAKE', seed: 2 });
		const { value, context } = actor.getSnapshot();
		expect(value).toEqual({ answering: 'idle' });
		expect(context).toMatchObject({ seed: 2, index: 0 });
		expect(context.records.every((r) => r === null)).toBe(true);
	});

	it('ignores unknown, malformed and out-of-place events', () => {
		const actor = start();
		const before = actor.getSnapshot();
		const stray: unknown[] = [
			{ type: 'NEXT' },
			{ type: 'RETRY' },
			{ type: 'RETAKE' },
			{ type: 'START', seed: 9 },
			{ type: 'SUBMIT', answer: 'c99' },
			{ type: 'SUBMIT', answer: ['c1'] },
			{ type: 'SUBMIT' },
			{ type: 'HACK' }
		];
		for (const event of stray) actor.send(event as QuizEvent);
		expect(actor.getSnapshot()).toBe(before);
	});

	it('never puts a typed password in the persisted snapshot', () => {
		const actor = start();
		for (let i = 0; i < 3; i++) {
			answer(actor, 'right');
			actor.send({ type: 'NEXT' });
		}
		actor.send({ type: 'SUBMIT', answer: 'motdepasse-faible' });
		expect(JSON.stringify(actor.getPersistedSnapshot())).not.toContain('motdepasse-faible');
		actor.send({ type: 'RETRY' });
		actor.send({ type: 'SUBMIT', answer: SAMPLE_STRONG_PASSWORD });
		const saved = JSON.stringify(actor.getPersistedSnapshot());
		expect(saved).not.toContain(SAMPLE_STRONG_PASSWORD);
		expect(actor.getSnapshot().context.records[3]).toMatchObject({
			first: null,
			firstCorrect: false,
			lastCorrect: true
		});
	});

	it('restores a saved attempt where it stopped, with the same seed', () => {
		const actor = start(77);
		answer(actor, 'right');
		actor.send({ type: 'NEXT' });
		answer(actor, 'wrong');
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as unknown;
		const restored = restorableQuizSnapshot(sampleQuiz, saved);
		expect(restored).toBeDefined();
		const again = createActor(createQuizMachine(sampleQuiz), { snapshot: restored }).start();
		expect(again.getSnapshot().value).toEqual({ feedback: 'incorrect' });
		expect(again.getSnapshot().context).toEqual(actor.getSnapshot().context);
		again.send({ type: 'RETRY' });
		expect(again.getSnapshot().value).toEqual({ answering: 'idle' });
	});
});
