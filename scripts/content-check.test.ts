import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The command `npm run content:check` runs.
function contentCheck(...args: string[]) {
	const run = spawnSync('node', ['scripts/content-check.mjs', ...args], { encoding: 'utf8' });
	return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run content:check', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'capsules-check-'));
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('passes on the shipped content', () => {
		const { status, output } = contentCheck();
		expect(output).toContain('0 erreur(s)');
		expect(status).toBe(0);
	});

	it('exits 1 naming the file and `title` when a module loses its title', () => {
		const dir = join(scratch, 'sans-titre');
		cpSync('content', dir, { recursive: true });
		const file = join(dir, 'messagerie-academique.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*\n/m, ''));
		const { status, output } = contentCheck('--content', dir, '--quizzes', 'quizzes');
		expect(output).toMatch(/messagerie-academique\.md: title: champ obligatoire manquant/);
		expect(status).toBe(1);
	});

	it('prints every error of every file at once, one line each', () => {
		const dir = join(scratch, 'tout');
		for (const fixture of ['missing-title', 'http-video', 'no-transcription', 'unknown-key']) {
			cpSync(join('tests/fixtures/content', fixture, 'content'), dir, { recursive: true });
		}
		const { status, output } = contentCheck('--content', dir, '--quizzes', join(scratch, 'aucun'));
		const errorLines = output
			.split('\n')
			.filter((line) => /\.md(:\d+)*: .+: /.test(line) && !line.endsWith('(avertissement)'));
		expect(errorLines).toHaveLength(4);
		expect(output).toContain('4 erreur(s)');
		expect(status).toBe(1);
	});
});
