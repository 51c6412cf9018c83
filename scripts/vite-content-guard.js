// A Vite plugin, in plain JavaScript so that Vite loads its config without bundling app code:
// the content code (TypeScript) is imported through tsx when the build starts.
import { existsSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

/** @returns {Promise<typeof import('../src/lib/server/content/load-content.ts') & typeof import('../src/lib/server/content/dirs.ts') & typeof import('../src/lib/server/content/issues.ts')>} */
async function contentModules() {
	const [load, dirs, issues] = await Promise.all([
		tsImport('../src/lib/server/content/load-content.ts', import.meta.url),
		tsImport('../src/lib/server/content/dirs.ts', import.meta.url),
		tsImport('../src/lib/server/content/issues.ts', import.meta.url)
	]);
	return { ...load, ...dirs, ...issues };
}

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
			const { loadContent, contentDirsFromEnv, formatIssue } = await contentModules();
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
			const { contentDirsFromEnv } = await contentModules();
			const { contentDir, quizzesDir } = contentDirsFromEnv();
			const dirs = [contentDir, quizzesDir].filter((dir) => existsSync(dir));
			server.watcher.add(dirs);
			server.watcher.on('change', (path) => {
				if (dirs.some((dir) => path.startsWith(dir))) server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
