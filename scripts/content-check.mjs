// `npm run content:check [-- --content DIR --quizzes DIR] [--quiet]`: validates every module and
// quiz and prints every problem, one line each; exits 1 on any error. The pipeline comes from the
// cached bundle of scripts/content-pipeline.mjs, as in the Vite content guard. From 400 modules
// on, the modules are parsed in two worker threads, one share each (on two cores, 1,000 modules
// are checked in a quarter less time), then put together as one pass would report them.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { contentPipeline } from './content-pipeline.mjs';

/** Below this many modules, starting workers costs what they save (measured even at 300). */
const SHARED_FROM = 400;

const { values } = parseArgs({
	options: { content: { type: 'string' }, quizzes: { type: 'string' }, quiet: { type: 'boolean' } }
});
const pipeline = await contentPipeline();
const { assembleContent, contentDirsFromEnv, formatIssue, parseShare, planContent } = pipeline;
const defaults = contentDirsFromEnv();
const dirs = {
	contentDir: values.content ? resolve(values.content) : defaults.contentDir,
	quizzesDir: values.quizzes ? resolve(values.quizzes) : defaults.quizzesDir
};

/**
 * Parses share `index` of `count` in a worker thread.
 * @param {import('../src/lib/server/pipeline.ts').ContentDirs} planned
 * @param {number} index
 * @param {number} count
 * @returns {Promise<ReturnType<typeof pipeline.summarizeShare>>}
 */
function shareInWorker(planned, index, count) {
	return new Promise((done, fail) => {
		const worker = new Worker(new URL('./content-share-worker.js', import.meta.url), {
			workerData: { dirs: planned, index, count }
		});
		worker.once('message', done);
		worker.once('error', fail);
		worker.once('exit', (code) =>
			fail(new Error(`la part ${index + 1} du contrôle s’est arrêtée sans résultat (code ${code})`))
		);
	});
}

const started = performance.now();
const plan = planContent(dirs);
const count = plan.bySlug.length >= SHARED_FROM ? Math.min(2, availableParallelism()) : 1;
const shares =
	count > 1
		? await Promise.all(
				Array.from({ length: count }, (_, index) => shareInWorker(plan.dirs, index, count))
			)
		: [parseShare(plan)];
const sources =
	count > 1 ? pipeline.readSourceFor(plan.dirs.cwd) : (file) => shares[0].sources.get(file);
const { modules, quizzes, issues } = assembleContent(plan, shares, sources);
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
