// A Vite plugin, in plain JavaScript so that Vite loads its config without bundling app code:
// the content pipeline (TypeScript) comes from the cached bundle of scripts/content-pipeline.mjs,
// as in `npm run content:check`.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { contentPipeline } from './content-pipeline.mjs';
import { overlayError } from './content-overlay.js';

// This config is loaded again after the first Vite build: by SvelteKit's second one (the client),
// and by each of its worker threads (route analysis, prerender), which resolve the whole Vite
// config to read SvelteKit's options and so run this hook too. Content checked by this process,
// unchanged since, is not read again: the key (process id and fingerprint) lives in the
// environment because the workers start with a copy of it and each has its own globalThis. Without
// it, a 1,000-module build read and snapshotted the content three times (about 7 s and 350 MB
// of heap in each worker).
const CHECKED_ENV = 'CAPSULES_CONTENT_CHECKED';

/**
 * What the author folders hold, file by file (path, size, time): equal fingerprints, same content.
 * @param {string[]} dirs
 */
function fingerprint(dirs) {
	return dirs
		.filter((dir) => existsSync(dir))
		.flatMap((dir) =>
			readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((entry) => {
				const stat = statSync(join(dir, entry));
				return `${dir}/${entry}:${stat.size}:${stat.mtimeMs}`;
			})
		)
		.join('\n');
}

/**
 * The key of content checked and snapshotted by this process: worker threads share its pid, a
 * later `vite build` (which may inherit the variable from a shell) does not.
 * @param {string} print a fingerprint
 */
function checkedKey(print) {
	return `${process.pid}:${createHash('sha256').update(print).digest('hex')}`;
}

/** A fresh folder for the site snapshot, removed when the process ends. */
function snapshotFolder() {
	const folder = mkdtempSync(join(tmpdir(), 'capsules-site-'));
	process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
	return folder;
}

/**
 * Checks the content in a worker thread (scripts/content-guard-worker.js), which writes the
 * snapshot into `folder` when there is no error; resolves to every issue found.
 * @param {import('../src/lib/server/pipeline.ts').ContentDirs} dirs
 * @param {string} folder
 * @returns {Promise<import('../src/lib/server/pipeline.ts').ContentIssue[]>}
 */
function checkInWorker(dirs, folder) {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./content-guard-worker.js', import.meta.url), {
			workerData: { dirs, folder }
		});
		/** @type {import('../src/lib/server/pipeline.ts').ContentIssue[] | undefined} */
		let issues;
		worker.once('message', (message) => (issues = message));
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (issues) resolve(issues);
			else reject(new Error(`vérification du contenu interrompue (code ${code})`));
		});
	});
}

/**
 * An error that prints as the report alone: Vite's CLI prints `inspect(error)`, and a stack
 * trace of the bundler under the authors' messages would only hide them.
 * @param {string} report
 */
function reportError(report) {
	const error = new Error(report);
	error.stack = report;
	Object.defineProperty(error, Symbol.for('nodejs.util.inspect.custom'), { value: () => report });
	return error;
}

/**
 * Validates content and quizzes before the build starts and stops it with every message (and
 * exit code 1), so a site is never half-built. The validated content is handed to SvelteKit's
 * build workers as a snapshot (see src/lib/server/site-snapshot.ts), so that they do not read and
 * render it again. In dev, shows every content error in Vite's error overlay (file, line, field)
 * as soon as a page is open, re-checks on each save of an author's file, and reloads the page
 * once the content is valid again.
 * @returns {import('vite').Plugin}
 */
export function contentGuard() {
	let checked = false;
	return {
		name: 'capsules-content-guard',
		async config(_config, { command }) {
			if (command !== 'build' || checked) return;
			checked = true;
			const { contentDirsFromEnv, formatIssue, errorReport, SNAPSHOT_ENV } =
				await contentPipeline();
			const dirs = contentDirsFromEnv();
			const key = checkedKey(fingerprint([dirs.contentDir, dirs.quizzesDir]));
			if (process.env[CHECKED_ENV] === key && process.env[SNAPSHOT_ENV]) return;
			const folder = process.env[SNAPSHOT_ENV] ?? snapshotFolder();
			const issues = await checkInWorker(dirs, folder);
			for (const warning of issues.filter((issue) => issue.severity === 'warning')) {
				console.warn(formatIssue(warning));
			}
			if (issues.some((issue) => issue.severity === 'error'))
				throw reportError(errorReport(issues));
			process.env[SNAPSHOT_ENV] = folder;
			process.env[CHECKED_ENV] = key;
		},
		async configureServer(server) {
			const { loadContent, contentDirsFromEnv, formatIssue, errorReport } = await contentPipeline();
			const dirs = contentDirsFromEnv();
			const watched = [dirs.contentDir, dirs.quizzesDir].filter((dir) => existsSync(dir));
			const logger = server.config.logger;
			/** @type {ReturnType<typeof overlayError> | undefined} */
			let current;

			/** Checks everything; returns true when there is no error. */
			const check = () => {
				const { issues } = loadContent(dirs);
				const errors = issues.filter((issue) => issue.severity === 'error');
				for (const warning of issues.filter((issue) => issue.severity === 'warning')) {
					logger.warn(formatIssue(warning), { timestamp: true });
				}
				if (errors.length === 0) {
					current = undefined;
					return true;
				}
				const report = errorReport(issues, 'enregistrez : la page se rechargera');
				logger.error(report, { timestamp: true });
				current = overlayError(errors, report);
				server.ws.send({ type: 'error', err: current });
				return false;
			};

			// A page opened (or reloaded) while the content is broken shows the overlay at once.
			server.ws.on('vite:client:connect', (_data, client) => {
				if (current) client.send({ type: 'error', err: current });
			});

			/** @type {NodeJS.Timeout | undefined} */
			let timer;
			const onChange = (/** @type {string} */ path) => {
				if (!watched.some((dir) => path.startsWith(dir))) return;
				// An editor's save can fire several events: check once they have settled.
				clearTimeout(timer);
				timer = setTimeout(() => {
					if (check()) server.ws.send({ type: 'full-reload' });
				}, 60);
			};
			server.watcher.add(watched);
			for (const event of ['change', 'add', 'unlink']) server.watcher.on(event, onChange);
			check();
		}
	};
}
