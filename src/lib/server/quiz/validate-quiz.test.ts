import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../quiz/grade';
import { SAMPLE_STRONG_PASSWORD } from '../../quiz/sample-quiz';
import { messagerieContext, readRepoFile } from './test-support';
import type { Answer, PageQuiz, Question } from '../../quiz/types';
import { quizSlugFromFile, validateQuizSource, type QuizValidationContext } from './validate-quiz';

const FILE = 'quizzes/messagerie-academique.yaml';

function messagerieQuiz(): PageQuiz {
	const { quiz, issues } = validateQuizSource(FILE, readRepoFile(FILE), messagerieContext());
	expect(issues).toEqual([]);
	return quiz!;
}

function rightAnswer(question: Question): Answer {
	switch (question.type) {
		case 'single':
			return question.choices.find((c) => c.correct)!.id;
		case 'multiple':
			return question.choices.filter((c) => c.correct).map((c) => c.id);
		case 'text':
			return question.accepted[0]!;
		case 'password':
			return SAMPLE_STRONG_PASSWORD;
		case 'ordering':
			return question.steps.map((s) => s.id);
	}
}

const context: QuizValidationContext = {
	moduleSlugs: new Set(['m']),
	transcripts: new Map([['m', ['Un premier paragraphe assez long.', 'Un second paragraphe.']]])
};

function check(yaml: string) {
	return validateQuizSource('quizzes/m.yaml', yaml, context);
}

const ONE_QUESTION = `questions:
  - id: q1
    type: text
    prompt: Question ?
    answers: [réponse]
    feedback: { correct: Bien vu., incorrect: Voici pourquoi. }
    explanation: Parce que.
`;

describe('the messagerie quiz', () => {
	it('is valid, has at least 12 questions and mixes the types', () => {
		const quiz = messagerieQuiz();
		expect(quiz.slug).toBe('messagerie-academique');
		expect(quiz.passMark).toBe(80);
		expect(quiz.questions.length).toBeGreaterThanOrEqual(12);
		const types = quiz.questions.map((q) => q.type);
		expect(types).toContain('text');
		expect(types).toContain('password');
		expect(
			quiz.questions.some(
				(q) => q.type === 'multiple' && q.choices.filter((c) => c.correct).length > 1
			)
		).toBe(true);
	});

	it('points every question to a transcription paragraph', () => {
		for (const question of messagerieQuiz().questions) {
			expect(question.passageAnchor, question.id).toMatch(/^transcription-\d+$/);
		}
	});

	it('covers every fact the transcription teaches', () => {
		const text = JSON.stringify(messagerieQuiz()).replaceAll('&#39;', '’');
		const facts = [
			/régulièrement/,
			/hiérarchie/,
			/lettres de rentrée/,
			/mouvements/,
			/michel\.dupond@ac-lille\.fr/,
			/homonymie/,
			/prénom composé/,
			/nom d’usage/,
			/assistance informatique/,
			/webmail\.ac-lille\.fr/,
			/mdupond/,
			/chiffre est ajouté/,
			/NUMEN/,
			/Modifier le mot de passe/,
			/CNIL/,
			/12 caractères/,
			/générateur/,
			/auto-dépannage/,
			/DSDEN/,
			/secrétariat/,
			/client de messagerie/
		];
		for (const fact of facts) expect(text, String(fact)).toMatch(fact);
	});

	it('accepts what a careful learner types for the address and the webmail', () => {
		const quiz = messagerieQuiz();
		const address = quiz.questions.find((q) => q.id === 'adresse-michel-dupond')!;
		const webmail = quiz.questions.find((q) => q.id === 'adresse-webmail')!;
		expect(gradeAnswer(address, ' Michel.Dupond@AC-Lille.fr ')).toBe(true);
		expect(gradeAnswer(address, 'michel.dupont@ac-lille.fr')).toBe(false);
		// The question asks for the video's format: its variants are right, with the sentence's
		// final full stop copied along; the national service is told in the note, not accepted.
		for (const typed of [
			'https://webmail.ac-lille.fr',
			'https://webmail.ac-lille.fr/',
			'  HTTPS://Webmail.AC-Lille.fr ',
			'webmail.ac-lille.fr',
			'https://webmail.ac-lille.fr.'
		]) {
			expect(gradeAnswer(webmail, typed), typed).toBe(true);
		}
		for (const typed of [
			'https://webmail.ac-lyon.fr',
			'https://messagerie.education.gouv.fr/',
			'http://webmail.ac-lille.fr',
			'https://www.webmail.ac-lille.fr'
		]) {
			expect(gradeAnswer(webmail, typed), typed).toBe(false);
		}
		expect(webmail.noteHtml).toContain('messagerie.education.gouv.fr');
	});

	it('grades the right answer of every question as right', () => {
		for (const question of messagerieQuiz().questions) {
			expect(gradeAnswer(question, rightAnswer(question)), question.id).toBe(true);
		}
	});

	it('has a stable hash that changes with the content', () => {
		const source = readRepoFile(FILE);
		const a = validateQuizSource(FILE, source, messagerieContext()).quiz!.hash;
		const b = validateQuizSource(FILE, `# commentaire\n${source}`, messagerieContext()).quiz!.hash;
		const c = validateQuizSource(
			FILE,
			source.replace('passMark: 80', 'passMark: 75'),
			messagerieContext()
		).quiz!.hash;
		expect(a).toMatch(/^[0-9a-f]{16}$/);
		expect(b).toBe(a);
		expect(c).not.toBe(a);
	});
});

describe('validateQuizSource', () => {
	it('takes the slug from the file name', () => {
		expect(quizSlugFromFile('quizzes/messagerie-academique.yaml')).toBe('messagerie-academique');
		expect(quizSlugFromFile('C:\\x\\quizzes\\m.yml')).toBe('m');
	});

	it('applies defaults and renders Markdown', () => {
		const { quiz, issues } = check(
			ONE_QUESTION.replace('prompt: Question ?', 'prompt: La **bonne** question ?')
		);
		expect(issues).toEqual([]);
		expect(quiz!.passMark).toBe(80);
		expect(quiz!.questions[0]).toMatchObject({
			// French typography at build time: the author's plain space becomes a narrow no-break space.
			promptHtml: 'La <strong>bonne</strong> question\u202f?',
			explanationHtml: '<p>Parce que.</p>',
			label: 'Votre réponse',
			inputMode: 'text',
			tolerances: []
		});
	});

	it('typesets quiz text the French way, but never the accepted answers or code', () => {
		const source = ONE_QUESTION.replace('prompt: Question ?', 'prompt: "L\'adresse : `a ; b` ?"')
			.replace('answers: [réponse]', "answers: ['réponse ; oui']")
			.replace('incorrect: Voici pourquoi.', 'incorrect: "« Non » !"')
			.replace('type: text', 'type: text\n    label: "Votre réponse :"');
		const question = check(source).quiz!.questions[0]!;
		expect(question).toMatchObject({
			promptHtml: 'L’adresse\u00a0: <code>a ; b</code>\u202f?',
			label: 'Votre réponse\u00a0:',
			accepted: ['réponse ; oui'],
			feedback: { incorrectHtml: '<p>«\u202fNon\u202f»\u202f!</p>' }
		});
	});

	it.each([
		['an empty file', '', '', /le fichier doit contenir/],
		['a list at the top', '- a\n- b\n', '', /le fichier doit contenir/],
		['a pass mark out of range', `passMark: 120\n${ONE_QUESTION}`, 'passMark', /au plus 100/],
		[
			'a pass mark as text',
			`passMark: beaucoup\n${ONE_QUESTION}`,
			'passMark',
			/doit être un nombre/
		],
		['no questions', 'questions: []\n', 'questions', /aucune question/],
		['an unknown top-level key', `titre: Quiz\n${ONE_QUESTION}`, 'titre', /clé inconnue « titre »/],
		[
			'an unknown tolerance',
			ONE_QUESTION.replace('answers:', 'tolerances: [t4]\n    answers:'),
			'questions.q1.tolerances.1',
			/valeur « t4 » non permise/
		],
		[
			'a bad id',
			ONE_QUESTION.replace('id: q1', 'id: Q 1'),
			'questions.1.id',
			/identifiant invalide « Q 1 »/
		],
		[
			'a missing explanation',
			ONE_QUESTION.replace('    explanation: Parce que.\n', ''),
			'questions.q1.explanation',
			/explication \(explanation\) manquante/
		],
		[
			'an empty feedback',
			ONE_QUESTION.replace('correct: Bien vu.', "correct: ''"),
			'questions.q1.feedback.correct',
			/retour \(feedback\) vide/
		],
		[
			'a two-paragraph prompt',
			ONE_QUESTION.replace('prompt: Question ?', 'prompt: "Un.\\n\\nDeux ?"'),
			'questions.q1.prompt',
			/un seul paragraphe/
		],
		[
			'an answer emptied by t2',
			ONE_QUESTION.replace('answers: [réponse]', "answers: ['?!']\n    tolerances: [t2]"),
			'questions.q1.answers.1',
			/devient vide/
		]
	])('reports %s', (_label, yaml, field, message) => {
		const { quiz, issues } = check(yaml);
		expect(quiz).toBeUndefined();
		expect(issues).toContainEqual(
			expect.objectContaining({
				file: 'quizzes/m.yaml',
				field,
				severity: 'error',
				message: expect.stringMatching(message)
			})
		);
	});

	it('warns about address answers without t1 and URLs without their trailing slash', () => {
		const { quiz, issues } = check(
			ONE_QUESTION.replace('answers: [réponse]', 'answers: [https://webmail.ac-lille.fr]')
		);
		expect(quiz).toBeDefined();
		expect(issues.map((i) => [i.field, i.severity])).toEqual([
			['questions.q1.tolerances', 'warning'],
			['questions.q1.answers', 'warning']
		]);
	});

	it('reports raw HTML dropped from Markdown as a warning', () => {
		const { issues } = check(
			ONE_QUESTION.replace('explanation: Parce que.', 'explanation: Parce <b>que</b>.')
		);
		expect(issues).toContainEqual(
			expect.objectContaining({ field: 'questions.q1.explanation', severity: 'warning' })
		);
	});

	it('links a passage typed with straight apostrophes and other spacing', () => {
		const { quiz, issues } = validateQuizSource(
			FILE,
			readRepoFile(FILE).replace(
				'passage: il est nécessaire de la consulter régulièrement',
				'passage: "c\'est  pourquoi il est nécessaire"'
			),
			messagerieContext()
		);
		expect(issues).toEqual([]);
		expect(quiz!.questions[0]!.passageAnchor).toBe('transcription-1');
	});

	it('returns plain JSON', () => {
		const quiz = messagerieQuiz();
		expect(JSON.parse(JSON.stringify(quiz))).toEqual(quiz);
	});
});
