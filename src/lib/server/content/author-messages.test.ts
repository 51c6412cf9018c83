// Messages that say how to fix: each mistake an author is likely to make, and the words and
// place (line, column) the check gives for it.
import { describe, expect, it } from 'vitest';
import { validateQuizSource } from '../quiz/validate-quiz';
import { formatIssue } from './issues';
import { parseModule } from './parse-module';

const HEAD = [
	'---',
	'area: Domaine 1',
	'title: Un module',
	'description: Une description.',
	'videoEmbedSrc: https://tube.reseau-canope.fr/videos/embed/abc',
	'videoDownloadHref: https://tube.reseau-canope.fr/download/abc.mp4'
];
const BODY = [
	'---',
	'',
	'## Transcription',
	'',
	'Le texte.',
	'',
	'## Crédits',
	'',
	'- Personne',
	''
];

function moduleIssues(head: string[], body = BODY): string[] {
	return parseModule('content/m.md', 'm', [...head, ...body].join('\n')).issues.map(formatIssue);
}

const QUIZ = (question: string[]) =>
	[
		'questions:',
		'  - id: q1',
		'    type: single',
		...question,
		'    choices:',
		'      - text: Oui',
		'        correct: true',
		'        feedback: C’est ce que dit la vidéo.',
		'      - text: Non',
		'        feedback: La vidéo dit le contraire.',
		'    explanation: La vidéo le dit.',
		''
	].join('\n');

function quizIssues(source: string): string[] {
	return validateQuizSource('quizzes/m.yaml', source, {
		moduleSlugs: new Set(['m']),
		transcripts: new Map([['m', ['Le texte.']]])
	}).issues.map(formatIssue);
}

describe('YAML errors, in French, with line and column, and the remedy', () => {
	it('« : » in a front matter text: quote it or use >-, with the guide’s anchor', () => {
		const [issue] = moduleIssues([
			...HEAD.slice(0, 3),
			'description: Attention : une erreur.',
			...HEAD.slice(4)
		]);
		expect(issue).toBe(
			"content/m.md:4:24: front matter: erreur de syntaxe YAML : retrait incorrect, ou « : » de trop dans un texte ; « : » suivi d’une espace dans un texte : mettez tout le texte entre apostrophes droites ('…') ou écrivez-le en bloc avec « >- » (voir docs/auteurs/pieges-du-yaml.md#deux-points)"
		);
	});

	it('« : » in a quiz text: the same remedy, at its line', () => {
		const [issue] = quizIssues(QUIZ(['    prompt: Réponse attendue : oui ?']));
		expect(issue).toMatch(
			/^quizzes\/m\.yaml:4:\d+: erreur de syntaxe YAML : .*entre apostrophes droites .*« >- » \(voir docs\/auteurs\/pieges-du-yaml\.md#deux-points\)$/
		);
	});

	it('a text starting with « * » (Markdown bold): quote it', () => {
		const [issue] = quizIssues(QUIZ(['    prompt: **Attention**, laquelle ?']));
		expect(issue).toContain(
			'alias inconnu (un texte qui commence par « * ») ; un texte qui commence par « * » se met entre apostrophes droites'
		);
		expect(issue).toContain('#premier-caractere');
	});

	it('« # » after a space silently cuts a text: a warning names what was cut', () => {
		const issues = quizIssues(QUIZ(['    prompt: Le module #1 du parcours ?']));
		expect(issues).toEqual([
			"quizzes/m.yaml:4:23: « #1 du parcours ? » est lu comme un commentaire et disparaît du texte (un « # » précédé d’une espace commence un commentaire) : mettez tout le texte entre apostrophes droites ('…') ou en bloc « >- » (voir docs/auteurs/pieges-du-yaml.md#diese) (avertissement)"
		]);
	});

	it('leaves real comments and « # » inside quotes or blocks alone', () => {
		const source = QUIZ([
			"    prompt: 'Le module #1 ?' # un vrai commentaire",
			'    passage: >-',
			'      Le texte #2.'
		]);
		expect(quizIssues(source).filter((issue) => issue.includes('commentaire'))).toEqual([]);
	});
});

describe('fields and sections: the nearest right name', () => {
	it('an unknown field in French suggests the field meant', () => {
		const issues = moduleIssues([...HEAD, 'objectifs:', '  - Lire ses mails']);
		expect(issues[0]).toMatch(
			/^content\/m\.md:7: objectifs: champ inconnu : vouliez-vous écrire « objectives » \?/
		);
	});

	it('an unknown quiz key suggests the key meant', () => {
		const [issue] = quizIssues(QUIZ(['    prompt: Une question ?', '    explication: Oublié.']));
		expect(issue).toBe(
			'quizzes/m.yaml:5: questions.q1.explication: clé inconnue « explication » : vouliez-vous écrire « explanation » ? (voir docs/auteurs/ecrire-un-quiz.md)'
		);
	});

	it('`# Transcription` at the wrong level: write `## Transcription`', () => {
		const body = [
			'---',
			'',
			'# Transcription',
			'',
			'Le texte.',
			'',
			'## Crédits',
			'',
			'- Personne'
		];
		const [issue] = moduleIssues(HEAD, body);
		expect(issue).toBe(
			'content/m.md: ## Transcription: section manquante : la transcription complète de la vidéo est obligatoire (RGAA 4.1) ; ligne 9, « # Transcription » est un titre de niveau 1 : écrivez « ## Transcription » (deux « # »)'
		);
	});

	it('a misspelt `## Credit`: write `## Crédits`; `## Credits` without accent is the credits', () => {
		const misspelt = [
			'---',
			'',
			'## Transcription',
			'',
			'Le texte.',
			'',
			'## Credit',
			'',
			'- Personne'
		];
		expect(moduleIssues(HEAD, misspelt)).toContain(
			'content/m.md: ## Crédits: section absente : indiquez les auteurs et la licence de la vidéo ; ligne 13, « ## Credit » : écrivez « ## Crédits » (avertissement)'
		);
		const unaccented = [
			'---',
			'',
			'## Transcription',
			'',
			'Le texte.',
			'',
			'## Credits',
			'',
			'- Personne'
		];
		const parsed = parseModule('content/m.md', 'm', [...HEAD, ...unaccented].join('\n'));
		expect(parsed.issues).toEqual([]);
		expect(parsed.module?.creditsHtml).toContain('Personne');
	});

	it('a bare number where a text is expected: quote it', () => {
		const issues = moduleIssues([...HEAD.slice(0, 2), 'title: 2024', ...HEAD.slice(3)]);
		expect(issues).toEqual([
			"content/m.md:3: title: doit être un texte (reçu un nombre) : pour un texte, mettez-le entre apostrophes droites ('2024') (voir docs/auteurs/pieges-du-yaml.md#nombres)"
		]);
	});

	it('a bare boolean where a text is expected: quote it', () => {
		const [issue] = quizIssues(QUIZ(['    prompt: true']));
		expect(issue).toBe(
			"quizzes/m.yaml:4: questions.q1.prompt: « prompt » doit être un texte, pas la valeur true : pour un texte, mettez-le entre apostrophes droites ('true') (voir docs/auteurs/pieges-du-yaml.md#nombres)"
		);
	});
});
