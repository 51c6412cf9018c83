import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues';
import { loadContent } from './load-content';

const FIXTURES = resolve('tests/fixtures/content');

function load(fixture: string) {
	const root = join(FIXTURES, fixture);
	return loadContent({
		contentDir: join(root, 'content'),
		quizzesDir: join(root, 'quizzes'),
		cwd: root
	});
}

function errors(fixture: string): string[] {
	return load(fixture)
		.issues.filter((issue) => issue.severity === 'error')
		.map(formatIssue);
}

describe('loadContent: each bad input gets its own clear message', () => {
	it.each([
		['no-front-matter', 'content/sans-entete.md:1: pas d’en-tête (front matter)'],
		[
			'yaml-error',
			'content/yaml-casse.md:5:1: front matter: erreur de syntaxe YAML : virgule manquante'
		],
		['missing-title', 'content/sans-titre.md: title: champ obligatoire manquant'],
		['empty-title', 'content/titre-vide.md:3: title: ne doit pas être vide'],
		['wrong-type', 'content/mauvais-type.md:3: title: doit être un texte (reçu une liste)'],
		['wrong-type', 'content/mauvais-type.md:9: duration: doit être un nombre (reçu un texte)'],
		[
			'http-video',
			'content/video-http.md:5: videoEmbedSrc: doit être une adresse https:// sur un hébergeur vidéo autorisé (tube.reseau-canope.fr, tube-numerique-educatif.apps.education.fr)'
		],
		[
			'foreign-video',
			'content/video-etrangere.md:5: videoEmbedSrc: doit être une adresse https:// sur un hébergeur vidéo autorisé'
		],
		['no-transcription', 'content/sans-transcription.md: ## Transcription: section manquante'],
		[
			'duplicate-slug',
			'content/domaine-2/doublon.md: nom du fichier: le module « doublon » existe déjà dans content/domaine-1/doublon.md'
		],
		[
			'invalid-slug',
			'content/Mon Module.md: nom du fichier: « Mon Module » n’est pas un identifiant valable'
		],
		[
			'unknown-key',
			'content/champ-inconnu.md:7: titel: champ inconnu : vouliez-vous écrire « title » ? (champs permis : area, title, description'
		],
		[
			'sidecar-bad-passage',
			'content/avec-notes.extras.yaml:7: notes.2.passage: citation introuvable dans la transcription'
		],
		[
			'sidecar-conflict',
			'content/conflit.extras.yaml:1: duration: déjà défini dans content/conflit.md'
		]
	])('%s → %s', (fixture, expected) => {
		const messages = errors(fixture);
		expect(
			messages.some((message) => message.startsWith(expected)),
			messages.join('\n')
		).toBe(true);
	});

	it('reports every problem of a file at once, not only the first', () => {
		const messages = errors('wrong-type');
		expect(messages).toHaveLength(2);
	});

	it('builds no module from a file with errors', () => {
		expect(load('missing-title').modules).toEqual([]);
	});

	it('warns about a module without a quiz, without failing', () => {
		const { issues, modules } = load('sidecar');
		expect(modules).toHaveLength(1);
		expect(
			issues.some((i) => i.severity === 'warning' && i.message.startsWith('pas de quiz'))
		).toBe(true);
	});
});

describe('loadContent: the shipped content', () => {
	const { modules, issues } = loadContent({
		contentDir: resolve('content'),
		quizzesDir: resolve('quizzes')
	});

	it('has no errors', () => {
		expect(issues.filter((issue) => issue.severity === 'error').map(formatIssue)).toEqual([]);
	});

	it('keeps the messagerie module whole: every transcription paragraph, credits and licence', () => {
		const module = modules.find((m) => m.slug === 'messagerie-academique');
		expect(module?.title).toBe('Se connecter à sa messagerie académique');
		expect(module?.transcript).toHaveLength(26);
		expect(module?.transcript[0]?.id).toBe('transcription-1');
		expect(module?.transcript.at(-1)?.text).toBe(
			'Ça y est, vous voici maintenant une pro de la messagerie pro !'
		);
		expect(module?.creditsHtml).toContain(
			'href="https://creativecommons.org/licenses/by-nc-nd/4.0/deed.fr"'
		);
	});

	it('does not turn quoted URL patterns into links', () => {
		const module = modules.find((m) => m.slug === 'messagerie-academique');
		const webmail = module?.transcript.find((p) => p.text.includes('webmail.ac-'));
		expect(webmail?.html).not.toContain('<a ');
	});
});

describe('loadContent: extras in a sidecar file', () => {
	it('merges the extras and attaches a note to the paragraph it quotes', () => {
		const { modules, issues } = load('sidecar');
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		const [module] = modules;
		expect(module?.duration).toBe(5);
		expect(module?.objectives).toEqual(['Savoir <strong>tout</strong>']);
		expect(module?.transcript[0]?.notes).toEqual([]);
		expect(module?.transcript[1]?.notes).toEqual([
			{
				html: '<p>Une <strong>mise à jour</strong>.</p>\n',
				source: 'https://www.cnil.fr/',
				date: '2026-11-01',
				passageId: 'transcription-2'
			}
		]);
		expect(module?.notes.map((n) => n.html)).toEqual([
			'<p>Note générale sur tout le module.</p>\n'
		]);
	});

	it('refuses the whole module when a note quotes nothing in the transcription', () => {
		expect(load('sidecar-bad-passage').modules).toEqual([]);
	});
});
