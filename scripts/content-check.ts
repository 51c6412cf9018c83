// `npm run content:check [-- --content DIR --quizzes DIR]`: validates every module and quiz and
// prints every problem, one line each; exits 1 on any error.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirsFromEnv, formatIssue, loadContent } from '../src/lib/server/pipeline';

const { values } = parseArgs({
	options: { content: { type: 'string' }, quizzes: { type: 'string' }, quiet: { type: 'boolean' } }
});
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
