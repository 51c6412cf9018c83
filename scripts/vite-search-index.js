// A Vite plugin, in plain JavaScript like the content guard: Pagefind indexes every module (title,
// description, transcription; see src/lib/server/search/search-document.ts) into `<site>/pagefind/`,
// which the catalogue's search loads piece by piece. Modules come from the content guard's
// snapshot: nothing is read twice.
//
// The index is made while the server code is bundled, into a folder of its own, and copied into
// the site once SvelteKit's adapter has written it (the adapter empties the output folder first).
// Made at the end, Pagefind's process (~250 MB at 1,000 modules) came on top of everything Vite's
// process still held then (its SvelteKit workers stay alive until it exits): it was the build's
// memory peak. Early, it overlaps the bundler only, when the process holds far less.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentPipeline } from './content-pipeline.mjs';

/** Pagefind's ready-made interfaces, which the catalogue does not use. */
const UNUSED_FILES = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\./;

/**
 * Indexes every module of the content guard's snapshot into `output` (Pagefind's files, without
 * the unused interfaces).
 * @param {string} output
 */
async function writeIndex(output) {
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
		const written = await index.writeFiles({ outputPath: output });
		if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
	} finally {
		await pagefind.close();
	}
	if (!existsSync(output)) return;
	for (const file of readdirSync(output).filter((name) => UNUSED_FILES.test(name))) {
		rmSync(join(output, file));
	}
}

/**
 * Writes the search index into the built site.
 * @param {{ outDir: string }} options the adapter's output folder
 * @returns {import('vite').Plugin}
 */
export function searchIndex({ outDir }) {
	let isServerBuild = false;
	// A failed build still closes its bundle: say nothing then, so that its own error shows.
	let failed = false;
	/** @type {string | undefined} */
	let folder;
	/** @type {Promise<unknown> | undefined} the index being made: undefined, or the error */
	let indexing;
	return {
		name: 'capsules-search-index',
		apply: 'build',
		configResolved(config) {
			isServerBuild = Boolean(config.build.ssr);
		},
		buildStart() {
			// A SCORM package holds one module and no catalogue: nothing to search.
			if (!isServerBuild || indexing || process.env.VITE_CAPSULES_PACKAGE === 'scorm') return;
			const made = mkdtempSync(join(tmpdir(), 'capsules-pagefind-'));
			folder = made;
			process.once('exit', () => rmSync(made, { recursive: true, force: true }));
			// Not awaited: it runs beside the bundler. The error, if any, is thrown at the end.
			indexing = writeIndex(join(made, 'pagefind')).then(
				() => undefined,
				(/** @type {unknown} */ error) => error ?? new Error('index de recherche : échec')
			);
		},
		buildEnd(error) {
			failed = Boolean(error);
		},
		closeBundle: {
			order: 'post',
			sequential: true,
			async handler() {
				if (!indexing || !folder) return;
				const error = await indexing;
				if (failed) return;
				if (error) throw error;
				const made = join(folder, 'pagefind');
				if (existsSync(made)) cpSync(made, join(resolve(outDir), 'pagefind'), { recursive: true });
				rmSync(folder, { recursive: true, force: true });
			}
		}
	};
}
