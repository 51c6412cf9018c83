import { describe, expect, it } from 'vitest';
import { bestAttempt, deriveModuleProgress, statusOf } from './derive';
import type { AttemptRecord } from './records';

function attempt(overrides: Partial<AttemptRecord>): AttemptRecord {
	return {
		id: 't-1',
		slug: 'messagerie-academique',
		startedAt: '2026-11-20T09:00:00.000Z',
		endedAt: '2026-11-20T09:10:00.000Z',
		score: 3,
		total: 5,
		passed: false,
		quizHash: 'h',
		answers: [],
		...overrides
	};
}

describe('statusOf', () => {
	it('is not started with nothing stored', () => {
		expect(statusOf({ record: null, attempts: [], snapshot: null })).toBe('not-started');
	});

	it('is in progress with a failed attempt only', () => {
		expect(statusOf({ record: null, attempts: [attempt({})], snapshot: null })).toBe('in-progress');
	});

	it('is completed once an attempt is passed', () => {
		const attempts = [attempt({}), attempt({ id: 't-2', passed: true, score: 5 })];
		expect(statusOf({ record: null, attempts, snapshot: null })).toBe('completed');
	});
});

describe('bestAttempt', () => {
	it('compares ratios, not raw scores, when the quiz length changed', () => {
		const a = attempt({ id: 'a', score: 4, total: 10 });
		const b = attempt({ id: 'b', score: 3, total: 5, endedAt: '2026-11-19T09:10:00.000Z' });
		expect(bestAttempt([a, b])?.id).toBe('b');
	});

	it('prefers a passed attempt at equal ratio, then the latest', () => {
		const failed = attempt({ id: 'f', score: 4, total: 5, endedAt: '2026-11-22T09:10:00.000Z' });
		const passed = attempt({ id: 'p', score: 4, total: 5, passed: true });
		expect(bestAttempt([failed, passed])?.id).toBe('p');
		const later = attempt({
			id: 'l',
			score: 4,
			total: 5,
			passed: true,
			endedAt: '2026-11-23T09:10:00.000Z'
		});
		expect(bestAttempt([passed, later])?.id).toBe('l');
	});
});

describe('deriveModuleProgress', () => {
	it('sorts attempts and derives dates, best and last scores', () => {
		const first = attempt({ id: 'a', passed: true, score: 5, endedAt: '2026-11-20T09:10:00.000Z' });
		const second = attempt({
			id: 'b',
			score: 2,
			startedAt: '2026-11-21T09:00:00.000Z',
			endedAt: '2026-11-21T09:10:00.000Z'
		});
		const progress = deriveModuleProgress('messagerie-academique', {
			record: {
				slug: 'messagerie-academique',
				startedAt: '2026-11-20T08:00:00.000Z',
				updatedAt: '2026-11-20T08:00:00.000Z',
				videoWatchedAt: '2026-11-20T08:00:00.000Z'
			},
			attempts: [second, first],
			snapshot: null
		});
		expect(progress).toMatchObject({
			status: 'completed',
			startedAt: '2026-11-20T08:00:00.000Z',
			updatedAt: '2026-11-21T09:10:00.000Z',
			completedAt: '2026-11-20T09:10:00.000Z',
			videoWatched: true,
			bestScore: { score: 5, total: 5, percent: 100 },
			lastScore: { score: 2, total: 5, percent: 40 },
			quizInProgress: false
		});
		expect(progress.attempts.map((item) => item.id)).toEqual(['a', 'b']);
	});

	it('gives an empty, not started view for an unknown slug', () => {
		expect(deriveModuleProgress('x', undefined)).toMatchObject({
			status: 'not-started',
			startedAt: null,
			bestScore: null,
			attempts: []
		});
	});
});
