import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, type ContentIssue } from '../content/issues';
import { ROOT } from './test-support';
import { validateQuizSource, type QuizValidationContext } from './validate-quiz';

// The modules these fixtures may belong to: only `module-test`, with this transcription.
const context: QuizValidationContext = {
	moduleSlugs: new Set(['module-test']),
	transcripts: new Map([
		[
			'module-test',
			[
				'Votre messagerie académique est le canal à privilégier pour écrire à la hiérarchie.',
				'Elle reçoit les lettres de rentrée et les lettres de diffusion.',
				'Les adresses ont la forme de prénom.nom@ac-académie.fr.',
				'La forme de l’identifiant est plus courte.'
			]
		]
	])
};

const FIXTURES = join(ROOT, 'tests/fixtures/quizzes');

function validateFixture(name: string): { file: string; quiz?: unknown; issues: ContentIssue[] } {
	const [fileName] = readdirSync(join(FIXTURES, name)).filter((f) => f.endsWith('.yaml'));
	const path = join(FIXTURES, name, fileName!);
	const file = relative(ROOT, path);
	return { file, ...validateQuizSource(file, readFileSync(path, 'utf8'), context) };
}

/** Each malformed fixture and the one error it must produce: field, and words of the message. */
const expectations: [fixture: string, field: string, message: RegExp][] = [
	['unknown-module', '', /aucun module « module-fantome »/],
	[
		'duplicate-id',
		'questions.q-canal.id',
		/identifiant « q-canal » en double : la question n° 2 reprend celui de la question n° 1/
	],
	[
		'single-no-correct',
		'questions.q-canal.choices',
		/aucun choix correct : une question à choix unique/
	],
	['single-several-correct', 'questions.q-canal.choices', /2 choix corrects \(n° 1, n° 2\)/],
	[
		'multiple-no-correct',
		'questions.q-contenu.choices',
		/aucun choix correct : une question à choix multiple/
	],
	['text-no-answer', 'questions.q-adresse.answers', /aucune réponse acceptée/],
	[
		'invisible-answer',
		'questions.q-adresse.answers.1',
		/caractère invisible \(U\+200B, espace sans chasse, 18e caractère\)/
	],
	['alias-bomb', '', /YAML trop long une fois développé : les alias/],
	[
		'bare-number',
		'questions.q-longueur.answers.1',
		/pas le nombre 12 : .*apostrophes droites \('12'\)/
	],
	['text-answers-missing', 'questions.q-adresse.answers', /aucune réponse acceptée/],
	[
		'missing-choice-feedback',
		'questions.q-canal.choices.2.feedback',
		/retour \(feedback\) manquant : en choix unique, chaque choix a son propre retour/
	],
	[
		'missing-outcome-feedback',
		'questions.q-contenu.feedback.incorrect',
		/retour manquant pour une mauvaise réponse/
	],
	[
		'correct-choice-refusal',
		'questions.q-canal.choices.1.feedback',
		/bonne réponse mais commence par « Faux »/
	],
	[
		'incorrect-choice-approval',
		'questions.q-canal.choices.2.feedback',
		/mauvaise réponse mais commence par « Exact »/
	],
	['yaml-syntax', '', /erreur de syntaxe YAML : /],
	['unknown-key', 'questions.q-canal.choices.1.indice', /clé inconnue « indice »/],
	[
		'unknown-type',
		'questions.q-canal.type',
		/type de question inconnu « qcu » : attendu single, multiple, text, password ou ordering/
	],
	[
		'passage-not-found',
		'questions.q-canal.passage',
		/citation introuvable dans la transcription de content\/module-test\.md/
	],
	['passage-ambiguous', 'questions.q-canal.passage', /plusieurs paragraphes \(3, 4\)/]
];

describe('quiz fixtures: content:check messages', () => {
	it('the valid fixture passes, with its passage resolved', () => {
		const { quiz, issues } = validateFixture('valid');
		expect(issues).toEqual([]);
		expect(quiz).toMatchObject({ slug: 'module-test', passMark: 80 });
		expect((quiz as { questions: { passageAnchor?: string }[] }).questions[0]!.passageAnchor).toBe(
			'transcription-1'
		);
	});

	it('every error kind has its fixture', () => {
		const special = ['valid', 'many-errors', 'outcome-feedback-contradiction'];
		const folders = readdirSync(FIXTURES).filter((f) => !special.includes(f));
		expect(folders.sort()).toEqual(expectations.map(([name]) => name).sort());
	});

	it.each(expectations)('%s → %s', (fixture, field, message) => {
		const { file, quiz, issues } = validateFixture(fixture);
		const errors = issues.filter((i) => i.severity === 'error');
		expect(quiz).toBeUndefined();
		expect(errors, errors.map(formatIssue).join('\n')).toHaveLength(1);
		const [error] = errors;
		expect(error!.file).toBe(`tests/fixtures/quizzes/${fixture}/${file.split('/').pop()}`);
		expect(error!.field).toBe(field);
		expect(error!.message).toMatch(message);
		// The printed line names the file (and line, when known), the question id and the field.
		const place = error!.line === undefined ? file : `${file}:${error!.line}`;
		const line = formatIssue(error!);
		expect(line.startsWith(place), line).toBe(true);
		expect(line).toContain(`: ${field ? `${field}: ` : ''}${error!.message}`);
	});

	it('places a YAML syntax error at its line and column', () => {
		const [error] = validateFixture('yaml-syntax').issues;
		// js-yaml stops at the end of the file; the message points back at the unclosed « [ ».
		expect([error!.line, error!.column]).toEqual([15, 1]);
		expect(formatIssue(error!)).toMatch(
			/^tests\/fixtures\/quizzes\/yaml-syntax\/module-test\.yaml:15:1: /
		);
		expect(error!.message).toContain('ouvert ligne 14');
	});

	it('checks outcome feedback both ways (multiple, text, password, ordering)', () => {
		const { issues } = validateFixture('outcome-feedback-contradiction');
		expect(issues.map((i) => [i.field, i.message])).toEqual([
			[
				'questions.q-contenu.feedback.correct',
				expect.stringContaining('commence par « Incorrect »')
			],
			['questions.q-contenu.feedback.incorrect', expect.stringContaining('commence par « Bravo »')]
		]);
	});

	it('reports every problem of a file at once, never stopping at the first', () => {
		const { issues } = validateFixture('many-errors');
		const fields = issues
			.filter((i) => i.severity === 'error')
			.map((i) => i.field)
			.sort();
		expect(fields).toEqual([
			'questions.q-adresse.answers',
			'questions.q-canal.choices',
			'questions.q-canal.choices',
			'questions.q-canal.id'
		]);
	});
});
