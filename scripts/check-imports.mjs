// `node scripts/check-imports.mjs` (run by `npm run check`): the folder rules of src/ that no
// compiler checks. Arrows between folders run one way (no cycle between src/lib/* folders, routes
// and the app files); pages enter a folder by its door; and only src/lib/server/ (build time) may
// use Node's built-ins or the libraries that read authors' files, so none reach the browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Libraries for reading and rendering authors' files: build time only. */
export const BUILD_TIME_LIBRARIES = ['js-yaml', 'gray-matter', 'marked'];

/** Where the browser's schemas get zod from: it sets zod jitless for our CSP (no 'unsafe-eval'). */
export const BROWSER_ZOD = 'src/lib/validation/zod.ts';

/** Arrows the house forbids even without a cycle: [from, to, why]. */
const FORBIDDEN = [
	['quiz', 'progress', 'the module page (src/lib/module/) joins them'],
	['progress', 'quiz', 'the module page (src/lib/module/) joins them'],
	['french', '*', 'src/lib/french/ is a leaf every folder may use'],
	['video', 'progress', 'the module page (src/lib/module/) saves what video/ measures'],
	['video', 'content', 'content/ shows the video; video/ knows no module']
];

/**
 * Folders that pages reach through their door (`$lib/<folder>`, its index.ts) only. Add a folder
 * here once its door is ready.
 */
export const DOOR_FOLDERS = [
	'content',
	'quiz',
	'module',
	'server',
	'password',
	'scorm',
	'video',
	'address',
	'parcours',
	'attestation',
	'catalogue'
];

const SOURCE = /\.(ts|js|mjs|svelte)$/;
const SCRIPT_BLOCK = /<script\b[^>]*>([\s\S]*?)<\/script>/g;

/** @typedef {Map<string, Map<string, string>>} FolderGraph */

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return SOURCE.test(entry.name) ? [path] : [];
	});
}

/** Every module specifier a file imports (static, type-only, re-exports and dynamic imports). */
/** @param {string} path @param {string} text @returns {string[]} */
export function specifiersOf(path, text) {
	const code = path.endsWith('.svelte')
		? [...text.matchAll(SCRIPT_BLOCK)].map((match) => match[1]).join('\n')
		: text;
	return ts.preProcessFile(code, true, true).importedFiles.map((file) => file.fileName);
}

/** The folder a source file belongs to: `content`, `server`, … under src/lib, else `routes` or `app`. */
/** @param {string} srcDir @param {string} path @returns {string | undefined} */
export function folderOf(srcDir, path) {
	const parts = relative(srcDir, path).split(sep);
	if (parts[0] === '..') return undefined;
	if (parts[0] === 'lib') {
		// `$lib/quiz` names the folder itself (its door); `src/lib/x.ts` would sit at the top.
		const isFolder = parts.length === 2 && existsSync(path) && statSync(path).isDirectory();
		return parts.length > 2 || isFolder ? parts[1] : 'lib';
	}
	if (parts[0] === 'routes') return 'routes';
	return 'app';
}

/** @param {string} specifier */
function isNodeBuiltin(specifier) {
	return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? '');
}

/** @param {string} specifier */
function packageOf(specifier) {
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Resolves a specifier to a path, or undefined for a package (or SvelteKit's `$app/…`). */
/** @param {string} srcDir @param {string} file @param {string} specifier @returns {string | undefined} */
function targetOf(srcDir, file, specifier) {
	if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
	if (specifier === '$lib' || specifier.startsWith('$lib/')) {
		return join(srcDir, 'lib', specifier.slice('$lib/'.length));
	}
	return undefined;
}

// Tarjan's strongly connected components: each component of more than one folder holds a cycle.
/** @param {FolderGraph} graph @returns {string[][]} */
function components(graph) {
	/** @type {Map<string, number>} */
	const index = new Map();
	/** @type {Map<string, number>} */
	const low = new Map();
	/** @type {string[]} */
	const stack = [];
	const onStack = new Set();
	/** @type {string[][]} */
	const found = [];
	let next = 0;
	/** @param {string} node */
	const visit = (node) => {
		index.set(node, next);
		low.set(node, next++);
		stack.push(node);
		onStack.add(node);
		for (const to of graph.get(node)?.keys() ?? []) {
			if (!index.has(to)) {
				visit(to);
				low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
			} else if (onStack.has(to)) low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
		}
		if (low.get(node) === index.get(node)) {
			/** @type {string[]} */
			const component = [];
			/** @type {string | undefined} */
			let member;
			do {
				member = stack.pop();
				onStack.delete(member);
				if (member !== undefined) component.push(member);
			} while (member !== node);
			if (component.length > 1) found.push(component);
		}
	};
	for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
	return found;
}

// A shortest way back from `start` to itself inside one component, as a list of folders.
/** @param {FolderGraph} graph @param {string[]} component @param {string} start @returns {string[]} */
function cycleThrough(graph, component, start) {
	const members = new Set(component);
	/** @type {Map<string, string | null>} */
	const previous = new Map([[start, null]]);
	const queue = [start];
	while (queue.length > 0) {
		const node = queue.shift();
		if (node === undefined) break;
		for (const to of [...(graph.get(node)?.keys() ?? [])].sort()) {
			if (!members.has(to)) continue;
			if (to === start) {
				const path = [node];
				for (let at = previous.get(node); at != null; at = previous.get(at)) path.unshift(at);
				return [...path, start];
			}
			if (!previous.has(to)) {
				previous.set(to, node);
				queue.push(to);
			}
		}
	}
	return [start, start];
}

/**
 * Checks every source file under `srcDir` and returns one sentence per problem (empty when all is
 * well): folder-level cycles, forbidden arrows, pages passing a door, build-time imports outside
 * src/lib/server/.
 */
/** @param {string} srcDir @returns {string[]} */
export function checkImports(srcDir) {
	const problems = [];
	const serverDir = join(srcDir, 'lib', 'server') + sep;
	/** folder → folder → first "file imports specifier" seen, for the messages. */
	const graph = new Map();
	const show = (/** @type {string} */ path) => relative(resolve(srcDir, '..'), path);
	for (const file of sourceFiles(srcDir).sort()) {
		const from = folderOf(srcDir, file);
		if (!graph.has(from)) graph.set(from, new Map());
		const buildTime = file.startsWith(serverDir);
		// Tests run in Node only and are never bundled: they may read files.
		const test = /\.test\.[jt]s$/.test(file);
		for (const specifier of specifiersOf(file, readFileSync(file, 'utf8'))) {
			const target = targetOf(srcDir, file, specifier);
			if (target === undefined) {
				const library = isNodeBuiltin(specifier)
					? 'Node built-in'
					: BUILD_TIME_LIBRARIES.includes(packageOf(specifier) ?? '')
						? 'build-time library'
						: undefined;
				if (library && !buildTime && !test) {
					problems.push(
						`${show(file)} imports ${specifier} (${library}): only src/lib/server/ may, it runs at build time`
					);
				}
				const zodSchemas =
					packageOf(specifier) === 'zod' && !specifier.startsWith('zod/v4/locales/');
				if (zodSchemas && !buildTime && !test && show(file) !== BROWSER_ZOD) {
					problems.push(
						`${show(file)} imports ${specifier}: code that may reach the browser takes zod from $lib/validation/zod (jitless, for the CSP)`
					);
				}
				continue;
			}
			const to = folderOf(srcDir, target);
			if (to === undefined || to === from) continue;
			const door = join(srcDir, 'lib', to);
			if (
				(from === 'routes' || from === 'app') &&
				DOOR_FOLDERS.includes(to) &&
				target !== door &&
				target !== join(door, 'index')
			) {
				problems.push(
					`${show(file)} imports ${specifier}: pages use the door of ${to}/ ($lib/${to})`
				);
			}
			const arrows = graph.get(from);
			if (!arrows.has(to)) arrows.set(to, `${show(file)} imports ${specifier}`);
		}
	}
	for (const [from, arrows] of graph) {
		for (const [to, example] of arrows) {
			const rule = FORBIDDEN.find(([a, b]) => a === from && (b === to || b === '*'));
			if (rule) problems.push(`${from} → ${to} is forbidden (${rule[2]}): ${example}`);
		}
	}
	for (const component of components(graph)) {
		const cycle = cycleThrough(graph, component, [...component].sort()[0] ?? '');
		const steps = cycle.slice(1).map((to, i) => `  ${graph.get(cycle[i]).get(to)}`);
		problems.push(`folder cycle ${cycle.join(' → ')}:\n${steps.join('\n')}`);
	}
	return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const srcDir = resolve(process.argv[2] ?? 'src');
	const problems = checkImports(srcDir);
	for (const problem of problems) console.error(problem);
	if (problems.length > 0) {
		console.error(`check-imports: ${problems.length} problem(s) in ${srcDir}`);
		process.exitCode = 1;
	}
}
