import { describe, expect, it } from 'vitest';
import type { ModuleProgress } from '$lib/progress';
import { moduleSuccess } from './success';

function attempt(score: number, passed: boolean, endedAt: string, quizHash = 'h1') {
	return {
		id: `t-${endedAt}`,
		startedAt: endedAt,
		endedAt,
		score,
		total: 17,
		passed,
		quizHash,
		answers: []
	};
}

const progress = (attempts: ReturnType<typeof attempt>[]) =>
	({ attempts }) as unknown as ModuleProgress;

describe('moduleSuccess', () => {
	it('is null before a passed attempt', () => {
		expect(moduleSuccess(progress([attempt(9, false, '2026-12-01T10:00:00Z')]))).toBeNull();
		expect(moduleSuccess(null)).toBeNull();
	});

	it('dates the first success and scores the best passed attempt, with its version', () => {
		const success = moduleSuccess(
			progress([
				attempt(9, false, '2026-11-30T10:00:00Z'),
				attempt(14, true, '2026-12-01T10:00:00Z', 'old'),
				attempt(17, true, '2026-12-02T10:00:00Z', 'new'),
				attempt(15, true, '2026-12-03T10:00:00Z', 'new')
			])
		);
		expect(success).toEqual({
			passedAt: '2026-12-01T10:00:00Z',
			score: 17,
			total: 17,
			percent: 100,
			version: 'new'
		});
	});
});
