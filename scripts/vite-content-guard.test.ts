import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFrame, overlayError } from './content-overlay.js';

describe('vite build on broken content', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'capsules-guard-'));
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('prints every error, file, line and field, exits 1, and shows no stack trace', () => {
		const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			encoding: 'utf8',
			env: {
				...process.env,
				CAPSULES_CONTENT_DIR: 'tests/fixtures/content/wrong-type/content',
				CAPSULES_QUIZZES_DIR: join(scratch, 'aucun'),
				BUILD_DIR: join(scratch, 'build')
			}
		});
		const output = `${run.stdout}${run.stderr}`;
		expect(run.status, output).toBe(1);
		expect(output).toContain('Contenu invalide : 2 erreurs. Corrigez-les puis relancez');
		expect(output).toContain(
			'tests/fixtures/content/wrong-type/content/mauvais-type.md:3: title: doit être un texte (reçu une liste)'
		);
		expect(output).toContain(
			'tests/fixtures/content/wrong-type/content/mauvais-type.md:9: duration: doit être un nombre (reçu un texte)'
		);
		expect(output).not.toMatch(/^\s+at /m);
		expect(output).not.toMatch(/RolldownError|node_modules/);
	}, 120_000);
});

describe('the dev overlay payload', () => {
	it('frames the lines around the error, with a caret under its column', () => {
		expect(codeFrame('a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6', 3, 4)).toBe(
			['1   | a: 1', '2   | b: 2', '3 > | c: 3', '    |    ^', '4   | d: 4', '5   | e: 5'].join(
				'\n'
			)
		);
	});

	it('locates the first error that has a line, and carries the whole report', () => {
		const errors = [
			{ file: 'content/a.md', field: '', message: 'x', severity: 'error' as const },
			{
				file: 'tests/fixtures/content/wrong-type/content/mauvais-type.md',
				field: 'title',
				message: 'y',
				severity: 'error' as const,
				line: 3
			}
		];
		const err = overlayError(errors, 'LE RAPPORT');
		const file = resolve('tests/fixtures/content/wrong-type/content/mauvais-type.md');
		expect(err).toMatchObject({
			message: 'LE RAPPORT',
			stack: '',
			id: file,
			loc: { file, line: 3, column: 1 }
		});
		expect(err.frame).toContain('3 > | title:');
	});
});
