// A small quiz with one question of each type, for tests and the bench (not shipped content).
import type { PageQuiz } from './types';

/** A valid password under the CNIL 12-character rule (for tests only). */
export const SAMPLE_STRONG_PASSWORD = 'Tr0mpette!Bleue';

/** One question of each type, answers known. */
export const sampleQuiz: PageQuiz = {
	slug: 'exemple',
	hash: 'sample-quiz-hash',
	passMark: 80,
	questions: [
		{
			id: 'canal',
			type: 'single',
			promptHtml: 'Quel canal privilégier pour écrire à la hiérarchie ?',
			explanationHtml: '<p>La messagerie académique.</p>',
			passageAnchor: 'transcription-2',
			choices: [
				{
					id: 'c1',
					html: 'La messagerie académique',
					correct: true,
					feedbackHtml: '<p>C’est le canal recommandé.</p>'
				},
				{
					id: 'c2',
					html: 'L’adresse personnelle',
					correct: false,
					feedbackHtml: '<p>Pas pour la hiérarchie.</p>'
				},
				{
					id: 'c3',
					html: 'Un réseau social',
					correct: false,
					feedbackHtml: '<p>Pas un canal institutionnel.</p>'
				}
			]
		},
		{
			id: 'contenu',
			type: 'multiple',
			promptHtml: 'Que reçoit-on ?',
			explanationHtml: '<p>Les lettres de rentrée et de diffusion.</p>',
			choices: [
				{ id: 'c1', html: 'Les lettres de rentrée', correct: true },
				{ id: 'c2', html: 'Les lettres de diffusion', correct: true },
				{ id: 'c3', html: 'Les relevés bancaires', correct: false }
			],
			feedback: {
				correctHtml: '<p>Les deux lettres.</p>',
				incorrectHtml: '<p>Seulement les lettres.</p>'
			}
		},
		{
			id: 'adresse',
			type: 'text',
			promptHtml: 'Adresse de Michel Dupond à Lille ?',
			explanationHtml: '<p>michel.dupond@ac-lille.fr</p>',
			noteHtml: '<p>Les adresses gardent leur domaine.</p>',
			label: 'Adresse électronique',
			inputMode: 'email',
			accepted: ['michel.dupond@ac-lille.fr'],
			tolerances: ['t1'],
			feedback: {
				correctHtml: '<p>Forme prénom.nom.</p>',
				incorrectHtml: '<p>Forme prénom.nom@ac-lille.fr.</p>'
			}
		},
		{
			id: 'mot-de-passe',
			type: 'password',
			promptHtml: 'Inventez un mot de passe conforme.',
			explanationHtml: '<p>12 caractères, 4 types.</p>',
			label: 'Mot de passe d’exercice',
			feedback: {
				correctHtml: '<p>Conforme.</p>',
				incorrectHtml: '<p>Il manque quelque chose.</p>'
			}
		},
		{
			id: 'etapes',
			type: 'ordering',
			promptHtml: 'Remettez dans l’ordre.',
			explanationHtml: '<p>Se connecter, puis changer.</p>',
			steps: [
				{ id: 's1', html: 'Ouvrir le webmail' },
				{ id: 's2', html: 'Se connecter' },
				{ id: 's3', html: 'Changer le mot de passe' }
			],
			feedback: { correctHtml: '<p>Bon ordre.</p>', incorrectHtml: '<p>Connexion d’abord.</p>' }
		}
	]
};

/** A right and a wrong answer for each sample question, by id. */
export const sampleAnswers: Record<string, { right: string | string[]; wrong: string | string[] }> =
	{
		canal: { right: 'c1', wrong: 'c2' },
		contenu: { right: ['c1', 'c2'], wrong: ['c1'] },
		adresse: { right: ' Michel.Dupond@AC-Lille.fr ', wrong: 'michel.dupont@ac-lille.fr' },
		'mot-de-passe': { right: SAMPLE_STRONG_PASSWORD, wrong: 'court' },
		etapes: { right: ['s1', 's2', 's3'], wrong: ['s2', 's1', 's3'] }
	};

/** The empty answer of each sample question. */
export const sampleEmptyAnswers: Record<string, string | string[]> = {
	canal: '',
	contenu: [],
	adresse: '  ',
	'mot-de-passe': ''
};
