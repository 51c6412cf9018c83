import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

describe('npm run new-module', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'capsules-new-'));
	const env = {
		...process.env,
		CAPSULES_CONTENT_DIR: join(scratch, 'content'),
		CAPSULES_QUIZZES_DIR: join(scratch, 'quizzes')
	};
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	function run(script: string, ...args: string[]) {
		const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env });
		return { status: result.status, output: `${result.stdout}${result.stderr}` };
	}

	it('writes a module and a quiz with one question of each type, which pass content:check', () => {
		const created = run(
			'scripts/new-module.mjs',
			'mon-module',
			'--area',
			'Domaine 2',
			'--title',
			'L’essentiel : tout savoir'
		);
		expect(created.status, created.output).toBe(0);
		const quiz = readFileSync(join(scratch, 'quizzes', 'mon-module.yaml'), 'utf8');
		for (const type of ['single', 'multiple', 'text', 'password', 'ordering']) {
			expect(quiz).toContain(`type: ${type}\n`);
		}
		const module = readFileSync(join(scratch, 'content', 'mon-module.md'), 'utf8');
		expect(module).toContain("title: 'L’essentiel : tout savoir'");
		expect(module).toContain("area: 'Domaine 2'");

		const check = run('scripts/content-check.mjs');
		expect(check.status, check.output).toBe(0);
		expect(check.output).toContain('1 module(s), 1 quiz : 0 erreur(s), 2 avertissement(s)');
		expect(check.output).toMatch(
			/mon-module\.md:\d+: il reste \d+ « À COMPLÉTER » à remplacer \(avertissement\)/
		);
	});

	it('refuses to overwrite an existing module, and writes nothing', () => {
		const path = join(scratch, 'content', 'mon-module.md');
		writeFileSync(path, 'modifié par l’auteur');
		const again = run('scripts/new-module.mjs', 'mon-module');
		expect(again.status).toBe(1);
		expect(again.output).toContain('Le module « mon-module » existe déjà (mon-module.md');
		expect(readFileSync(path, 'utf8')).toBe('modifié par l’auteur');
	});

	it('says how to call it when the slug is missing', () => {
		const refused = run('scripts/new-module.mjs');
		expect(refused.status).toBe(1);
		expect(refused.output).toContain('Usage : npm run new-module -- <slug>');
	});

	it.each(['Mon Module', 'module_1', 'é-t-é', 'tiret-'])(
		'refuses the invalid slug « %s »',
		(slug) => {
			const refused = run('scripts/new-module.mjs', slug);
			expect(refused.status).toBe(1);
			expect(refused.output).toContain(`« ${slug} » n’est pas un identifiant valable`);
		}
	);
});
