// A Vite plugin, in plain JavaScript like the content guard: once SvelteKit's adapter has written
// the static site, Pagefind indexes every module (title, description, transcription; see
// src/lib/server/search/search-document.ts) into `<site>/pagefind/`, which the catalogue's search
// loads piece by piece. Modules come from the content guard's snapshot: nothing is read twice.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentPipeline } from './content-pipeline.mjs';

/** Pagefind's ready-made interfaces, which the catalogue does not use. */
const UNUSED_FILES = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\./;

/**
 * Writes the search index into the built site.
 * @param {{ outDir: string }} options the adapter's output folder
 * @returns {import('vite').Plugin}
 */
export function searchIndex({ outDir }) {
	let isServerBuild = false;
	// A failed build still closes its bundle: say nothing then, so that its own error shows.
	let failed = false;
	return {
		name: 'capsules-search-index',
		apply: 'build',
		configResolved(config) {
			isServerBuild = Boolean(config.build.ssr);
		},
		buildEnd(error) {
			failed = Boolean(error);
		},
		closeBundle: {
			order: 'post',
			sequential: true,
			async handler() {
				// A SCORM package holds one module and no catalogue: nothing to search.
				if (!isServerBuild || failed || process.env.VITE_CAPSULES_PACKAGE === 'scorm') return;
				const { contentDirsFromEnv, readSiteSnapshot, searchDocument } = await contentPipeline();
				const site = readSiteSnapshot(contentDirsFromEnv());
				if (!site) throw new Error('index de recherche : pas d’instantané du contenu');
				const pagefind = await import('pagefind');
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
					if (!index) throw new Error(errors.join('\n'));
					for (const slug of site.slugs) {
						const page = site.page(slug);
						if (!page) continue;
						const added = await index.addHTMLFile({
							url: `/modules/${slug}`,
							content: searchDocument(page.module)
						});
						if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					}
					const output = join(resolve(outDir), 'pagefind');
					const written = await index.writeFiles({ outputPath: output });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					if (existsSync(output)) {
						for (const file of readdirSync(output).filter((name) => UNUSED_FILES.test(name))) {
							rmSync(join(output, file));
						}
					}
				} finally {
					await pagefind.close();
				}
			}
		}
	};
}
