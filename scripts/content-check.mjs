// `npm run content:check [-- --content DIR --quizzes DIR] [--quiet]`: validates every module and
// quiz and prints every problem, one line each; exits 1 on any error. The pipeline comes from the
// cached bundle of scripts/content-pipeline.mjs, as in the Vite content guard.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentPipeline } from './content-pipeline.mjs';

const { values } = parseArgs({
	options: { content: { type: 'string' }, quizzes: { type: 'string' }, quiet: { type: 'boolean' } }
});
const { contentDirsFromEnv, formatIssue, loadContent } = await contentPipeline();
const defaults = contentDirsFromEnv();
const dirs = {
	contentDir: values.content ? resolve(values.content) : defaults.contentDir,
	quizzesDir: values.quizzes ? resolve(values.quizzes) : defaults.quizzesDir
};

const started = performance.now();
const { modules, quizzes, issues } = loadContent(dirs);
const errors = issues.filter((issue) => issue.severity === 'error');
const warnings = issues.filter((issue) => issue.severity === 'warning');
for (const issue of [...errors, ...warnings])
	(issue.severity === 'error' ? console.error : console.warn)(formatIssue(issue));
if (!values.quiet || errors.length > 0) {
	const ms = Math.round(performance.now() - started);
	console.log(
		`${modules.length} module(s), ${quizzes.size} quiz : ${errors.length} erreur(s), ${warnings.length} avertissement(s) (${ms} ms)`
	);
}
process.exitCode = errors.length > 0 ? 1 : 0;
