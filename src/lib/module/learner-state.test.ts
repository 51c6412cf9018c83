import { describe, expect, it } from 'vitest';
import type { ModuleProgress, ScoreSummary } from '$lib/progress';
import { learnerStateLines, resumeQuestion } from './learner-state';

const score = (score: number, passed: boolean): ScoreSummary => ({
	score,
	total: 17,
	percent: Math.round((score / 17) * 100),
	passed,
	at: '2026-12-02T10:00:00.000Z'
});

function progress(overrides: Partial<ModuleProgress>): ModuleProgress {
	return {
		slug: 'm',
		status: 'in-progress',
		startedAt: null,
		updatedAt: null,
		completedAt: null,
		videoWatched: false,
		videoWatchedAt: null,
		attempts: [],
		bestScore: null,
		lastScore: null,
		quizInProgress: false,
		recordUnreadable: false,
		...overrides
	};
}

const sentence = (lines: ReturnType<typeof learnerStateLines>) =>
	lines.map((line) => `${line.text}\u00a0: ${line.action}`);

describe('learnerStateLines', () => {
	it('says a passed module with its best score and date', () => {
		const lines = learnerStateLines(
			progress({ status: 'completed', bestScore: score(17, true) }),
			null
		);
		expect(lines.map((line) => line.text)).toEqual([
			'Réussi\u00a0— meilleur score 17/17, le 2 décembre 2026'
		]);
	});

	it('says where to resume a quiz under way', () => {
		expect(sentence(learnerStateLines(progress({ quizInProgress: true }), 4))).toEqual([
			'Quiz en cours\u00a0: reprendre à la question 4'
		]);
	});

	it('says a failed attempt with its score', () => {
		expect(sentence(learnerStateLines(progress({ bestScore: score(9, false) }), null))).toEqual([
			'Non réussi (9/17)\u00a0: réessayer'
		]);
	});

	it('says nothing before a first attempt', () => {
		expect(learnerStateLines(progress({ status: 'not-started' }), null)).toEqual([]);
		expect(learnerStateLines(progress({ videoWatched: true }), null)).toEqual([]);
	});
});

describe('resumeQuestion', () => {
	it('reads the index of a stored snapshot, and nothing it cannot trust', () => {
		expect(resumeQuestion({ context: { index: 3 } }, 17)).toBe(4);
		expect(resumeQuestion({ context: { index: 17 } }, 17)).toBeNull();
		expect(resumeQuestion({ context: { index: '3' } }, 17)).toBeNull();
		expect(resumeQuestion(null, 17)).toBeNull();
		expect(resumeQuestion({ context: null }, 17)).toBeNull();
	});
});
