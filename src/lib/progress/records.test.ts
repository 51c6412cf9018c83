import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_CHARS, MAX_ANSWERS_PER_ATTEMPT } from './limits';
import { answerListSchema, attemptRecordSchema, isAnswerList } from './records';

// Strings around the limits, and values of every other kind.
const text = fc.oneof(
	fc.string({ maxLength: 3 }),
	fc.constantFrom('', 'x'.repeat(200), 'x'.repeat(201)),
	fc.constantFrom('y'.repeat(MAX_ANSWER_CHARS), 'y'.repeat(MAX_ANSWER_CHARS + 1))
);
const anyValue = fc.oneof(
	text,
	fc.integer(),
	fc.boolean(),
	fc.constant(null),
	fc.constant(undefined)
);
const answer = fc.oneof(
	text,
	fc.constant(null),
	fc.array(text, { maxLength: 3 }),
	fc.array(anyValue, { maxLength: 3 }),
	anyValue
);
const item = fc.oneof(
	fc.record(
		{ questionId: fc.oneof(text, anyValue), answer, correct: fc.oneof(fc.boolean(), anyValue) },
		{ requiredKeys: [] }
	),
	fc.record({ questionId: text, answer, correct: fc.boolean(), extra: anyValue }),
	anyValue,
	fc.array(anyValue, { maxLength: 2 })
);

describe('isAnswerList', () => {
	it('agrees with the zod definition of the answers', () => {
		fc.assert(
			fc.property(fc.oneof(fc.array(item, { maxLength: 4 }), anyValue), (value) => {
				expect(isAnswerList(value)).toBe(answerListSchema.safeParse(value).success);
			}),
			{ numRuns: 2000 }
		);
	});

	it('agrees at the edges: list length, array answers, inherited fields', () => {
		const ok = { questionId: 'q', answer: null, correct: true };
		for (const value of [
			Array.from({ length: MAX_ANSWERS_PER_ATTEMPT }, () => ok),
			Array.from({ length: MAX_ANSWERS_PER_ATTEMPT + 1 }, () => ok),
			[{ ...ok, answer: Array.from({ length: 200 }, () => 'a') }],
			[{ ...ok, answer: Array.from({ length: 201 }, () => 'a') }],
			[Object.create(ok) as object],
			[{ ...ok, answer: undefined }]
		]) {
			expect(isAnswerList(value)).toBe(answerListSchema.safeParse(value).success);
		}
	});

	it('is what a stored attempt is checked with', () => {
		const attempt = {
			id: 't-1',
			slug: 'x',
			startedAt: '2026-11-20T09:00:00.000Z',
			endedAt: '2026-11-20T09:10:00.000Z',
			score: 0,
			total: 1,
			passed: false,
			quizHash: 'h'
		};
		expect(attemptRecordSchema.safeParse({ ...attempt, answers: [] }).success).toBe(true);
		expect(
			attemptRecordSchema.safeParse({ ...attempt, answers: [{ questionId: 'q', answer: 3 }] })
				.success
		).toBe(false);
	});
});
