// A real-sized synthetic site, checked and built once per bench run and per size, shared by the
// sections that measure it (content-scale: time and memory; catalogue-scale: Lighthouse). Removed
// when the bench ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureProcess, type ProcessFigures } from './measure-process';
import { writeSyntheticSite } from './synthetic';

/** A synthetic site: where it was built, and what checking and building it cost. */
export interface SyntheticBuild {
	buildDir: string;
	check: ProcessFigures;
	build: ProcessFigures;
}

const builds = new Map<number, Promise<SyntheticBuild>>();

async function checkAndBuild(count: number): Promise<SyntheticBuild> {
	const root = mkdtempSync(join(tmpdir(), `capsules-bench-${count}-`));
	process.once('exit', () => rmSync(root, { recursive: true, force: true }));
	const dirs = writeSyntheticSite(root, count);
	const check = await measureProcess('node', [
		'scripts/content-check.mjs',
		'--content',
		dirs.contentDir,
		'--quizzes',
		dirs.quizzesDir,
		'--quiet'
	]);
	const buildDir = join(root, 'build');
	const build = await measureProcess('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
		CAPSULES_CONTENT_DIR: dirs.contentDir,
		CAPSULES_QUIZZES_DIR: dirs.quizzesDir,
		BUILD_DIR: buildDir,
		VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
	});
	return { buildDir, check, build };
}

/** The site of `count` copies of the first module, built on first request. */
export function syntheticBuild(count: number): Promise<SyntheticBuild> {
	let build = builds.get(count);
	if (!build) {
		build = checkAndBuild(count);
		builds.set(count, build);
	}
	return build;
}
