import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUSPEND_DATA_MAX, suspendBudget } from '../src/lib/scorm/suspend-data';
import { contentPipeline } from './content-pipeline.mjs';
import { packageModules } from './package-scorm';

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

describe('npm run package on a quiz that might not fit', () => {
	it('refuses it before building anything, naming the file and the figures', async () => {
		const previous = { ...process.env };
		process.env.CAPSULES_CONTENT_DIR = 'tests/fixtures/scorm/too-long/content';
		process.env.CAPSULES_QUIZZES_DIR = 'tests/fixtures/scorm/too-long/quizzes';
		try {
			const report = await packageModules({ buildDir: 'build-does-not-exist' });
			expect(report.packages).toEqual([]);
			expect(report.errors).toHaveLength(1);
			// 19 + 16 × 257 = 4,131.
			expect(report.errors[0]).toMatch(
				/seize-questions-ecrites\.md \(paquetage SCORM\)\u00a0: .*4\u202f131 caractères.*4\u202f096.*16 question\(s\) à réponse écrite/
			);
			expect(existsSync('build-does-not-exist')).toBe(false);
		} finally {
			process.env = previous;
		}
	});
});
