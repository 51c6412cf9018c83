// The build-time content pipeline (src/lib/server/pipeline.ts) for the tools that run outside
// SvelteKit: `npm run content:check` and the Vite content guard both load it from here, so the
// content TypeScript runs one way outside the site build. esbuild bundles it once into
// node_modules/.cache and again only when a bundled file changes (a TypeScript loader cost about
// a second per run); packages stay external and load from node_modules.
import {
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), '..');
const entry = join(root, 'src', 'lib', 'server', 'pipeline.ts');
const cache = join(root, 'node_modules', '.cache', 'capsules');
const bundle = join(cache, 'content-pipeline.mjs');
/** The files the bundle was built from (relative to the project), to know when it is stale. */
const inputsFile = join(cache, 'content-pipeline.inputs.json');

/** True when the bundle exists and no file it holds (nor this script) changed since it was built. */
function isFresh() {
	if (!existsSync(bundle) || !existsSync(inputsFile)) return false;
	const builtAt = statSync(bundle).mtimeMs;
	/** @type {{ root?: string, inputs?: string[] }} */
	const built = JSON.parse(readFileSync(inputsFile, 'utf8'));
	// A node_modules shared by two checkouts (a symlink) must not serve one the other's bundle.
	if (built.root !== root || !Array.isArray(built.inputs)) return false;
	return [here, ...built.inputs.map((input) => join(root, input))].every(
		(file) => existsSync(file) && statSync(file).mtimeMs <= builtAt
	);
}

/**
 * Writes a file whole or not at all: a tool running at the same time never reads half of it.
 * @param {string} path
 * @param {string | Uint8Array} contents
 */
function writeAtomically(path, contents) {
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, contents);
	renameSync(temporary, path);
}

async function rebuild() {
	const { build } = await import('esbuild');
	// Stamped with the time the build started: a file saved during the build makes it stale.
	const startedAt = new Date();
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		write: false,
		metafile: true,
		outfile: bundle,
		logLevel: 'error',
		absWorkingDir: root
	});
	mkdirSync(cache, { recursive: true });
	writeAtomically(
		inputsFile,
		JSON.stringify({ root, inputs: Object.keys(result.metafile.inputs) })
	);
	const [output] = result.outputFiles;
	if (!output) throw new Error(`esbuild n’a rien produit pour ${entry}`);
	writeAtomically(bundle, output.contents);
	utimesSync(bundle, startedAt, startedAt);
}

/**
 * The content pipeline: `loadContent`, `contentDirsFromEnv`, `formatIssue`.
 * @returns {Promise<typeof import('../src/lib/server/pipeline.ts')>}
 */
export async function contentPipeline() {
	if (!isFresh()) await rebuild();
	return import(pathToFileURL(bundle).href);
}
