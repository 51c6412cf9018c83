import type { ContentIssue } from '../content/issues';
import type { QuizFile } from './schema';

/**
 * The checks zod cannot make on `results`: each range runs upwards, and no score falls in two
 * ranges (the learner would read two verdicts). Gaps are allowed: no message for those scores.
 */
export function resultRangeIssues(file: string, results: QuizFile['results']): ContentIssue[] {
	if (!results) return [];
	const issues: ContentIssue[] = [];
	results.forEach((range, i) => {
		if (range.from > range.to) {
			issues.push({
				file,
				field: `results.${i + 1}`,
				message: `« from » (${range.from}) doit être inférieur ou égal à « to » (${range.to})`,
				severity: 'error'
			});
			return;
		}
		results.slice(0, i).forEach((other, j) => {
			if (other.from <= other.to && range.from <= other.to && other.from <= range.to) {
				issues.push({
					file,
					field: `results.${i + 1}`,
					message: `la plage ${range.from}–${range.to} % chevauche la plage n° ${j + 1} (${other.from}–${other.to} %) : un score ne doit avoir qu’un message`,
					severity: 'error'
				});
			}
		});
	});
	return issues;
}
