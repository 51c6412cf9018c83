// Content that would break at run time (a blank page, a 30 MB page, an invisible title, a link
// to another site, a raw 404 in the build) is refused by the check, naming file, field and line.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

function lines(fixture: string, severity: 'error' | 'warning' = 'error'): string[] {
	return load(fixture)
		.issues.filter((issue) => issue.severity === severity)
		.map(formatIssue);
}

describe('loadContent refuses what would break a page', () => {
	it.each([
		[
			'duplicate-section',
			'content/sections-doublees.md:17: ## A retenir: section en double : « ## À retenir » existe déjà ligne 13'
		],
		[
			'alias-bomb',
			'content/bombe.md:8:10: front matter: YAML trop long une fois développé : les alias (« *nom ») recopient du texte'
		],
		[
			'latin1',
			'content/latin-un.md:11:22: fichier qui n’est pas en UTF-8 (sans doute Latin-1 ou Windows-1252 : « acad?mique » ligne 11) : ré-enregistrez-le en « UTF-8 »'
		],
		[
			'invisible-title',
			'content/titre-invisible.md:3: title: caractère invisible (U+200B, espace sans chasse, 1er caractère)'
		],
		[
			'duplicate-sidecar',
			'content/sous-dossier/double.extras.yaml: nom du fichier: fichier d’extras « double » en double : content/double.extras.yaml et content/sous-dossier/double.extras.yaml'
		],
		[
			'duplicate-quiz',
			'quizzes/sous-dossier/double.yaml: nom du fichier: quiz « double » en double : quizzes/double.yaml et quizzes/sous-dossier/double.yaml'
		],
		[
			'video-port-userinfo',
			'content/video-port.md:5: videoEmbedSrc: doit être une adresse https:// sur un hébergeur vidéo autorisé'
		],
		[
			'video-port-userinfo',
			'content/video-identifiants.md:5: videoEmbedSrc: doit être une adresse https:// sur un hébergeur vidéo autorisé'
		],
		[
			'missing-link-target',
			'content/lien-casse.md: ## Transcription: lien ou image vers « ./fiche-absente.pdf » introuvable : depuis la page du module, il mène à /modules/fiche-absente.pdf'
		],
		[
			'missing-link-target',
			'content/lien-casse.md: ## Transcription: lien ou image vers « ../images/schema-absent.png » introuvable'
		],
		[
			'area-spellings',
			'content/second.md:2: area: domaine « Domaine-1 » écrit autrement que « Domaine 1 » (content/premier.md)'
		],
		[
			'page-too-large',
			'content/page-geante.md: module trop gros : sa page porterait plus de 1,0 Mo de texte'
		]
	])('%s → %s', (fixture, expected) => {
		const messages = lines(fixture);
		expect(
			messages.some((message) => message.startsWith(expected)),
			messages.join('\n')
		).toBe(true);
	});

	it('builds no module from any of them', () => {
		for (const fixture of ['duplicate-section', 'alias-bomb', 'latin1', 'invisible-title']) {
			expect(load(fixture).modules, fixture).toEqual([]);
		}
	});

	it('reports only the missing targets of a page, not its links to a static file, a page or another module', () => {
		expect(lines('missing-link-target').filter((l) => l.includes('introuvable'))).toHaveLength(2);
	});

	it('refuses links and images that leave the site while looking relative', () => {
		const { issues, modules } = load('other-site-links');
		const refused = issues.filter((i) => /(lien|image) refusée? /.test(i.message));
		expect(refused.map((i) => i.field)).toEqual(Array(4).fill('## Transcription'));
		const html = modules[0]!.transcript.map((p) => p.html).join('\n');
		expect(html).not.toContain('evil.example');
	});

	it('accepts a file that starts with a BOM, and says how to drop it', () => {
		const { modules, issues } = load('bom');
		expect(modules.map((m) => m.title)).toEqual(['Un module']);
		expect(issues.map(formatIssue)).toContain(
			'content/avec-bom.md: le fichier commence par une marque d’ordre des octets (BOM), ignorée ; pour l’ôter, ré-enregistrez-le en « UTF-8 » (et non « UTF-8 avec BOM ») (avertissement)'
		);
	});
});

describe('loadContent limits the size of what it reads', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'capsules-size-'));
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('refuses a file over 256 Ko without parsing it, naming its size', () => {
		const contentDir = join(scratch, 'content');
		mkdirSync(contentDir, { recursive: true });
		const source = readFileSync(join(FIXTURES, 'bom/content/avec-bom.md'), 'utf8');
		const huge = source.replace(
			'Le texte de la vidéo.',
			'Une phrase de la vidéo. '.repeat(1_300_000)
		);
		writeFileSync(join(contentDir, 'enorme.md'), huge);
		const started = performance.now();
		const { issues, modules } = loadContent({
			contentDir,
			quizzesDir: join(scratch, 'q'),
			cwd: scratch
		});
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(modules).toEqual([]);
		expect(issues.map(formatIssue)).toContainEqual(
			expect.stringMatching(
				/^content\/enorme\.md: fichier trop gros \(31,0 Mo\) : la limite est 256 Ko par fichier ; /
			)
		);
	});

	it('names the file of a quiz whose aliases would blow up, instead of crashing', () => {
		const root = join(scratch, 'quiz-bomb');
		mkdirSync(join(root, 'quizzes'), { recursive: true });
		const quizBomb = readFileSync('tests/fixtures/quizzes/alias-bomb/module-test.yaml', 'utf8');
		writeFileSync(join(root, 'quizzes', 'avec-bom.yaml'), quizBomb);
		const { issues } = loadContent({
			contentDir: join(FIXTURES, 'bom/content'),
			quizzesDir: join(root, 'quizzes'),
			cwd: root
		});
		expect(
			issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.message.slice(0, 34)])
		).toEqual([['quizzes/avec-bom.yaml', 'YAML trop long une fois développé ']]);
	});
});
