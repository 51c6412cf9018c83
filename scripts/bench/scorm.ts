// SCORM packages (issue 12): the size of each module's zip, and the longest suspend data an
// attempt can need (every question answered at its widest), for the repository's largest quiz
// and for a 40-question quiz of every type, against SCORM 1.2's 4,096 characters.
import { contentPipeline } from '../content-pipeline.mjs';
import { packageModules } from '../package-scorm';
import { encodeSuspendData, SUSPEND_DATA_MAX } from '../../src/lib/scorm/suspend-data';
import { allTypesQuiz, widestContext } from '../../src/lib/scorm/test-quizzes';
import type { BenchRow, BenchSection } from './types';

const section: BenchSection = async () => {
	const rows: BenchRow[] = [];
	// Builds build-scorm/ first when it is missing or stale (a site build: tens of seconds).
	const report = await packageModules();
	if (report.errors.length > 0) throw new Error(report.errors.join('\n'));
	for (const pkg of report.packages) {
		rows.push({ figure: `Package size, ${pkg.slug}`, value: pkg.zip.length / 1024, unit: 'KB' });
	}
	const { contentDirsFromEnv, loadContent } = await contentPipeline();
	const { quizzes } = loadContent(contentDirsFromEnv());
	let largest = { slug: '', length: 0 };
	for (const [slug, quiz] of quizzes) {
		const length = encodeSuspendData(quiz, widestContext(quiz)).length;
		if (length > largest.length) largest = { slug, length };
	}
	rows.push({
		figure: `Largest suspend_data, repository (${largest.slug}, widest answers)`,
		value: largest.length,
		unit: 'chars',
		budget: { max: SUSPEND_DATA_MAX }
	});
	const forty = allTypesQuiz(40);
	rows.push({
		figure: 'Largest suspend_data, 40 questions of every type (widest answers)',
		value: encodeSuspendData(forty, widestContext(forty)).length,
		unit: 'chars',
		budget: { max: SUSPEND_DATA_MAX }
	});
	return rows;
};

export default section;
