// A Vite plugin, in plain JavaScript so that Vite loads its config without bundling app code:
// the content pipeline (TypeScript) comes from the cached bundle of scripts/content-pipeline.mjs,
// as in `npm run content:check`.
import { existsSync } from 'node:fs';
import { contentPipeline } from './content-pipeline.mjs';

/**
 * Validates content and quizzes before the build starts and stops it with every message,
 * so a site is never half-built; in dev, reloads the page when an author saves a file.
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
			const { loadContent, contentDirsFromEnv, formatIssue } = await contentPipeline();
			const { issues } = loadContent(contentDirsFromEnv());
			const errors = issues.filter((issue) => issue.severity === 'error');
			for (const warning of issues.filter((issue) => issue.severity === 'warning')) {
				this.warn(formatIssue(warning));
			}
			if (errors.length > 0) {
				this.error(
					`contenu invalide, ${errors.length} erreur(s) :\n${errors.map(formatIssue).join('\n')}`
				);
			}
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
