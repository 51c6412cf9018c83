// A Vite plugin, in plain JavaScript so that Vite loads its config without bundling app code:
// the content pipeline (TypeScript) comes from the cached bundle of scripts/content-pipeline.mjs,
// as in `npm run content:check`.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentPipeline } from './content-pipeline.mjs';

// SvelteKit runs a second Vite build (the client) with a fresh copy of this config: the content
// checked by the first one, unchanged since, is not read again (the key lives on globalThis because
// each copy of the config has its own module scope).
const LAST_CHECK = Symbol.for('capsules.contentGuard.lastCheck');

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

/** A fresh folder for the site snapshot, removed when the process ends. */
function snapshotFolder() {
	const folder = mkdtempSync(join(tmpdir(), 'capsules-site-'));
	process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
	return folder;
}

/**
 * Validates content and quizzes before the build starts and stops it with every message,
 * so a site is never half-built; in dev, reloads the page when an author saves a file.
 * The validated content is handed to SvelteKit's build workers as a snapshot (see
 * src/lib/server/site-snapshot.ts), so that they do not read and render it again.
 * @returns {import('vite').Plugin}
 */
export function contentGuard() {
	let checked = false;
	let isBuild = false;
	return {
		name: 'capsules-content-guard',
		configResolved(config) {
			isBuild = config.command === 'build';
		},
		async buildStart() {
			if (!isBuild || checked) return;
			checked = true;
			const { loadContent, contentDirsFromEnv, formatIssue, writeSiteSnapshot, SNAPSHOT_ENV } =
				await contentPipeline();
			const dirs = contentDirsFromEnv();
			const print = fingerprint([dirs.contentDir, dirs.quizzesDir]);
			const globals = /** @type {Record<symbol, string | undefined>} */ (globalThis);
			if (globals[LAST_CHECK] === print && process.env[SNAPSHOT_ENV]) return;
			const loaded = loadContent(dirs);
			const errors = loaded.issues.filter((issue) => issue.severity === 'error');
			for (const warning of loaded.issues.filter((issue) => issue.severity === 'warning')) {
				this.warn(formatIssue(warning));
			}
			if (errors.length > 0) {
				this.error(
					`contenu invalide, ${errors.length} erreur(s) :\n${errors.map(formatIssue).join('\n')}`
				);
			}
			const folder = process.env[SNAPSHOT_ENV] ?? snapshotFolder();
			writeSiteSnapshot(folder, dirs, loaded);
			process.env[SNAPSHOT_ENV] = folder;
			globals[LAST_CHECK] = print;
		},
		async configureServer(server) {
			const { contentDirsFromEnv } = await contentPipeline();
			const { contentDir, quizzesDir } = contentDirsFromEnv();
			const dirs = [contentDir, quizzesDir].filter((dir) => existsSync(dir));
			server.watcher.add(dirs);
			server.watcher.on('change', (path) => {
				if (dirs.some((dir) => path.startsWith(dir))) server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
