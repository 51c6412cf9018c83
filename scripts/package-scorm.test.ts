import { describe, expect, it } from 'vitest';
import { SUSPEND_DATA_MAX, suspendBudget } from '../src/lib/scorm/suspend-data';
import { contentPipeline } from './content-pipeline.mjs';

describe('the quizzes of the repository in SCORM packages', () => {
	it('every attempt of every quiz fits 4,096 characters of suspend data', async () => {
		const { contentDirsFromEnv, loadContent } = await contentPipeline();
		const { quizzes } = loadContent(contentDirsFromEnv());
		expect(quizzes.size).toBeGreaterThan(0);
		for (const [slug, quiz] of quizzes) {
			const budget = suspendBudget(quiz);
			expect(budget.problems, slug).toEqual([]);
			expect(budget.worstCase, slug).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
		}
	});
});
