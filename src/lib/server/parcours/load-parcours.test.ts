import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../content/issues';
import { loadContent } from '../content/load-content';
import { parseParcours } from './load-parcours';

const modules = new Map([
	['a', { slug: 'a', title: 'Module A', area: 'Domaine 1' }],
	['b', { slug: 'b', title: 'Module B', area: 'Domaine 5' }]
]);

function messages(source: string, slug = 'bases'): string[] {
	return parseParcours(`content/parcours/${slug}.yaml`, slug, source, modules).issues.map(
		formatIssue
	);
}

describe('parseParcours', () => {
	it('gives the modules in the author’s order, with their titles', () => {
		const { parcours, issues } = parseParcours(
			'content/parcours/bases.yaml',
			'bases',
			'title: Les bases\ndescription: Deux modules.\nmodules: [b, a]\n',
			modules
		);
		expect(issues).toEqual([]);
		expect(parcours?.modules.map((m) => m.title)).toEqual(['Module B', 'Module A']);
	});

	it('names the file and the field of every problem, all at once', () => {
		expect(messages('title: ""\nmodules: [a, zz, a]\n')).toEqual([
			'content/parcours/bases.yaml: title: ne doit pas être vide',
			'content/parcours/bases.yaml: description: champ obligatoire manquant'
		]);
		expect(messages('title: T\ndescription: D\nmodules: [a, zz, a]\n')).toEqual([
			'content/parcours/bases.yaml: modules.2: aucun module « zz » : le nom doit être celui d’un fichier content/zz.md',
			'content/parcours/bases.yaml: modules.3: « a » figure déjà en position 1'
		]);
	});

	it('refuses a single module, a bad slug and a YAML error', () => {
		expect(messages('title: T\ndescription: D\nmodules: [a]\n')).toEqual([
			'content/parcours/bases.yaml: modules: doit contenir au moins 2 éléments'
		]);
		expect(messages('title: T\ndescription: D\nmodules: [a, B C]\n')[0]).toMatch(
			/modules\.2: doit être le nom d’un module/
		);
		expect(messages('title: T\ndescription: D\nmodules: [a, b]\n', 'Mon Parcours')[0]).toMatch(
			/nom du fichier: « Mon Parcours » n’est pas un identifiant valable/
		);
		expect(messages('title: [oops\n')[0]).toMatch(
			/^content\/parcours\/bases\.yaml: erreur de syntaxe YAML ligne 2/
		);
	});
});

describe('loadContent with parcours', () => {
	it('reports parcours errors with the other content errors, with their line, and does not read them as modules', () => {
		const root = join(resolve('tests/fixtures/content'), 'parcours-errors');
		const loaded = loadContent({
			contentDir: join(root, 'content'),
			quizzesDir: join(root, 'quizzes'),
			cwd: root
		});
		const lines = loaded.issues.filter((i) => i.severity === 'error').map(formatIssue);
		expect(lines).toEqual([
			'content/parcours/mauvais-parcours.yaml: description: champ obligatoire manquant',
			'content/parcours/mauvais-parcours.yaml:3: modules: doit contenir au moins 2 éléments',
			'content/parcours/mauvais-parcours.yaml:2: descripton: champ inconnu : vouliez-vous écrire « description » ? (champs permis : title, description, modules, order)',
			'content/parcours/module-inconnu.yaml:5: modules.2: aucun module « module-fantome » : le nom doit être celui d’un fichier content/module-fantome.md',
			'content/parcours/module-inconnu.yaml:6: modules.3: « un-module » figure déjà en position 1'
		]);
		expect(loaded.modules.map((m) => m.slug)).toEqual(['un-module']);
		expect(loaded.parcours).toEqual([]);
	});

	it('loads the real parcours with the three modules in order', () => {
		const loaded = loadContent({ contentDir: resolve('content'), quizzesDir: resolve('quizzes') });
		expect(loaded.parcours.map((p) => [p.title, p.modules.map((m) => m.slug)])).toEqual([
			[
				'Messagerie académique : les bases',
				[
					'messagerie-academique',
					'configurer-son-client-de-messagerie-pour-recevoir-ses-mails-academiques',
					'ameliorer-la-cybersecurite-de-ses-outils-numeriques'
				]
			]
		]);
	});
});
