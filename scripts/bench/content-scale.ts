import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticSite } from './synthetic';
import type { BenchRow, BenchSection } from './types';

function timed(command: string, args: string[], env: NodeJS.ProcessEnv): number {
	const started = performance.now();
	const run = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
	const elapsed = performance.now() - started;
	if (run.status !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} a échoué :\n${run.stdout}\n${run.stderr}`.slice(0, 4000)
		);
	}
	return elapsed;
}

/** How content:check and the static build grow with 10, 100 and 1,000 synthetic modules. */
const contentScale: BenchSection = async ({ quick }) => {
	const rows: BenchRow[] = [];
	for (const count of quick ? [10, 100] : [10, 100, 1000]) {
		const root = mkdtempSync(join(tmpdir(), `capsules-bench-${count}-`));
		try {
			const dirs = writeSyntheticSite(root, count);
			const check = timed(
				'node',
				[
					'scripts/content-check.mjs',
					'--content',
					dirs.contentDir,
					'--quizzes',
					dirs.quizzesDir,
					'--quiet'
				],
				{}
			);
			const build = timed('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
				CAPSULES_CONTENT_DIR: dirs.contentDir,
				CAPSULES_QUIZZES_DIR: dirs.quizzesDir,
				BUILD_DIR: join(root, 'build'),
				VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
			});
			const budget = count === 1000;
			rows.push(
				{
					figure: `content:check, ${count} modules`,
					value: check / 1000,
					unit: 's',
					budget: budget ? { max: 3 } : undefined
				},
				{ figure: `content:check per module (${count})`, value: check / count, unit: 'ms' },
				{
					figure: `static build, ${count} modules`,
					value: build / 1000,
					unit: 's',
					budget: budget ? { max: 120 } : undefined
				},
				{ figure: `static build per module (${count})`, value: build / count, unit: 'ms' }
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}
	return rows;
};

export default contentScale;
