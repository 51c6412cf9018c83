import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Shipped commands (`npm start`, `npm run preview`, the bench) must run from a copy without the
// test suite: what they share with tests lives in scripts/lib/, and the arrow runs tests → scripts.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const testsDir = join(root, 'tests');

// Static and dynamic imports, re-exports, require, tsx's tsImport and JSDoc `import('…')` types.
const SPECIFIER =
	/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\btsImport\s*\(\s*)(['"])([^'"\n]+)\1/g;
// A shell script that runs a JavaScript or TypeScript file (paths relative to the repository,
// where every script `cd`s first).
const SHELL_RUN = /(?:^|[\s=(])([^\s'"()]+\.[cm]?[jt]s)\b/gm;
const CODE = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

/** The code files a script pulls in, as they are written in it. */
function referencesOf(file: string): { spec: string; target: string }[] {
	const text = readFileSync(file, 'utf8');
	const isShell = extname(file) === '.sh';
	if (!isShell && !CODE.has(extname(file))) return [];
	const pattern = isShell ? SHELL_RUN : SPECIFIER;
	const base = isShell ? root : dirname(file);
	return [...text.matchAll(pattern)]
		.map((match) => (isShell ? match[1] : match[2]) ?? '')
		.filter((spec) => isShell || spec.startsWith('.') || isAbsolute(spec))
		.map((spec) => ({ spec, target: resolve(base, spec) }));
}

/** True when a reference reaches into a tests/ folder, this repository's or another checkout's. */
function reachesTests({ spec, target }: { spec: string; target: string }): boolean {
	return target.startsWith(testsDir + sep) || (isAbsolute(spec) && /[/\\]tests[/\\]/.test(spec));
}

const scripts = filesUnder(join(root, 'scripts'));

describe('scripts/ stands without tests/', () => {
	it('reads the imports of the scripts (the scan is not blind)', () => {
		const serve = referencesOf(join(root, 'scripts/serve.ts')).map((r) => r.spec);
		expect(serve.some((spec) => spec.includes('static-server'))).toBe(true);
		const testAll = referencesOf(join(root, 'scripts/test-all.sh')).map((r) => r.spec);
		expect(testAll.some((spec) => spec.endsWith('find-browser.mjs'))).toBe(true);
	});

	it('no script imports or runs a file from tests/', () => {
		const offenders = scripts.flatMap((file) =>
			referencesOf(file)
				.filter(reachesTests)
				.map(({ spec }) => `${relative(root, file)} → ${spec}`)
		);
		expect(offenders).toEqual([]);
	});
});
