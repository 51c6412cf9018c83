import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createQuizMachine } from './machine';
import { sampleAnswers, sampleQuiz } from './sample-quiz';
import { isAttemptUnderWay } from './attempt-state';
import { restorableQuizSnapshot } from './snapshot';

function savedAfter(steps: number): Record<string, unknown> {
	const actor = createActor(createQuizMachine(sampleQuiz)).start();
	actor.send({ type: 'START', seed: 5 });
	for (let i = 0; i < steps; i++) {
		const q = sampleQuiz.questions[actor.getSnapshot().context.index]!;
		actor.send({ type: 'SUBMIT', answer: sampleAnswers[q.id]!.right });
		actor.send({ type: 'NEXT' });
	}
	return JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Record<string, unknown>;
}

type Saved = { value: unknown; context: { records: unknown[]; index: number; quizHash: string } };

describe('restorableQuizSnapshot (untrusted input)', () => {
	it('accepts every state reached by real use', () => {
		for (let steps = 0; steps <= sampleQuiz.questions.length; steps++) {
			expect(restorableQuizSnapshot(sampleQuiz, savedAfter(steps))).toBeDefined();
		}
	});

	it.each<[string, (s: Saved) => void]>([
		['another quiz or an edited one', (s) => (s.context.quizHash = 'other')],
		['an index out of range', (s) => (s.context.index = 99)],
		[
			'a record claiming a wrong answer is right',
			(s) => {
				s.context.records[0] = {
					first: 'c2',
					firstCorrect: true,
					last: 'c2',
					lastCorrect: true,
					tries: 1
				};
			}
		],
		[
			'a stored password text',
			(s) => {
				s.context.index = 4;
				s.value = { answering: 'idle' };
				s.context.records[3] = {
					first: 'Secret!Secret1',
					firstCorrect: true,
					last: 'Secret!Secret1',
					lastCorrect: true,
					tries: 1
				};
			}
		],
		[
			'an answer naming an unknown choice',
			(s) => {
				s.context.records[0] = {
					first: 'c42',
					firstCorrect: false,
					last: 'c42',
					lastCorrect: false,
					tries: 1
				};
			}
		],
		['an unknown state', (s) => (s.value = 'cheat')],
		['results before the end', (s) => (s.value = 'results')],
		[
			'feedback without an answer',
			(s) => {
				s.value = { feedback: 'correct' };
			}
		],
		['an extra key', (s) => ((s.context as Record<string, unknown>).admin = true)]
	])('refuses %s', (_label, tamper) => {
		const saved = savedAfter(2) as unknown as Saved;
		tamper(saved);
		expect(restorableQuizSnapshot(sampleQuiz, saved)).toBeUndefined();
	});

	it.each([null, undefined, 'x', 42, [], { status: 'done' }])('refuses %j', (junk) => {
		expect(restorableQuizSnapshot(sampleQuiz, junk)).toBeUndefined();
	});
});

describe('isAttemptUnderWay', () => {
	it('is false on the intro and the results, true on every question and feedback between', () => {
		const actor = createActor(createQuizMachine(sampleQuiz)).start();
		const seen: boolean[] = [isAttemptUnderWay(actor.getPersistedSnapshot())];
		actor.send({ type: 'START', seed: 5 });
		for (const _ of sampleQuiz.questions) {
			seen.push(isAttemptUnderWay(actor.getPersistedSnapshot()));
			const q = sampleQuiz.questions[actor.getSnapshot().context.index]!;
			actor.send({ type: 'SUBMIT', answer: sampleAnswers[q.id]!.right });
			seen.push(isAttemptUnderWay(actor.getPersistedSnapshot()));
			actor.send({ type: 'NEXT' });
		}
		expect(actor.getSnapshot().value).toBe('results');
		seen.push(isAttemptUnderWay(actor.getPersistedSnapshot()));
		const questions = sampleQuiz.questions.flatMap(() => [true, true]);
		expect(seen).toEqual([false, ...questions, false]);
	});

	it('counts what it does not recognise as under way, so nothing is dropped', () => {
		expect(isAttemptUnderWay(null)).toBe(true);
		expect(isAttemptUnderWay('results')).toBe(true);
		expect(isAttemptUnderWay({ value: 'elsewhere' })).toBe(true);
	});
});
