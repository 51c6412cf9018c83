import type { z } from 'zod';
import { QUESTION_TYPES } from './schema';
import { valueAt, type RawPath } from './field-path';
import { quoteHint } from '../content/zod-issues';
import { FIELD_ALIASES, nearestName } from '../content/suggest';

/** Every key a quiz file may hold at some level, to suggest the one an unknown key was meant to be. */
const QUIZ_KEYS = [
	'passMark',
	'questions',
	'id',
	'type',
	'prompt',
	'explanation',
	'note',
	'passage',
	'choices',
	'text',
	'correct',
	'feedback',
	'incorrect',
	'label',
	'inputMode',
	'answers',
	'tolerances',
	'steps',
	'results',
	'from',
	'to',
	'message'
];

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
	string: 'un texte',
	number: 'un nombre',
	int: 'un nombre entier',
	boolean: 'true ou false',
	array: 'une liste',
	object: 'un ensemble de clés (clé: valeur)'
};

function describeValue(value: unknown): string {
	if (value === null) return 'une valeur vide (null)';
	if (Array.isArray(value)) return 'une liste';
	if (typeof value === 'string') return `le texte « ${value.slice(0, 40)} »`;
	if (typeof value === 'object') return 'un ensemble de clés';
	return `${typeof value === 'number' ? 'le nombre' : 'la valeur'} ${String(value)}`;
}

function orList(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
}

function lastKey(path: RawPath): string {
	for (let i = path.length - 1; i >= 0; i--) {
		if (typeof path[i] === 'string') return path[i] as string;
	}
	return '';
}

function isFeedbackPath(path: RawPath): boolean {
	return path.includes('feedback');
}

const MISSING: Record<string, string> = {
	id: 'identifiant (id) manquant : chaque question a un identifiant unique, par exemple « adresse-format »',
	type: `type de question manquant : ${orList(QUESTION_TYPES)}`,
	prompt: 'énoncé (prompt) manquant',
	explanation: 'explication (explanation) manquante : elle est montrée dans le bilan',
	choices: 'liste des choix (choices) manquante',
	text: 'texte du choix (text) manquant',
	answers: 'aucune réponse acceptée : ajoutez au moins une réponse dans answers',
	steps: 'liste des étapes (steps) manquante',
	questions: 'liste des questions (questions) manquante'
};

function missingMessage(path: RawPath): string {
	const key = lastKey(path);
	if (key === 'feedback') {
		return path.includes('choices')
			? 'retour (feedback) manquant : en choix unique, chaque choix a son propre retour'
			: 'retour (feedback) manquant : donnez feedback.correct et feedback.incorrect';
	}
	if (isFeedbackPath(path) && (key === 'correct' || key === 'incorrect')) {
		return key === 'correct'
			? 'retour manquant pour une bonne réponse (feedback.correct)'
			: 'retour manquant pour une mauvaise réponse (feedback.incorrect)';
	}
	return MISSING[key] ?? `champ obligatoire « ${key} » manquant`;
}

function tooSmallMessage(issue: Extract<Issue, { code: 'too_small' }>, path: RawPath): string {
	const key = lastKey(path);
	const minimum = Number(issue.minimum);
	if (issue.origin === 'string') {
		if (isFeedbackPath(path)) return 'retour (feedback) vide';
		if (key === 'passage')
			return `citation trop courte : au moins ${minimum} caractères, pour qu’elle désigne un seul paragraphe`;
		if (key === 'answers') return 'réponse acceptée vide';
		return `« ${key} » est vide`;
	}
	if (issue.origin === 'array') {
		if (key === 'answers')
			return 'aucune réponse acceptée : ajoutez au moins une réponse dans answers';
		if (key === 'choices') return `au moins ${minimum} choix sont nécessaires`;
		if (key === 'steps') return `au moins ${minimum} étapes sont nécessaires`;
		if (key === 'questions') return 'le quiz ne contient aucune question';
		return `au moins ${minimum} éléments sont nécessaires dans « ${key} »`;
	}
	return `« ${key} » doit valoir au moins ${minimum}`;
}

function tooBigMessage(issue: Extract<Issue, { code: 'too_big' }>, path: RawPath): string {
	const key = lastKey(path);
	const maximum = Number(issue.maximum);
	if (issue.origin === 'string') return `« ${key} » est trop long : ${maximum} caractères au plus`;
	if (issue.origin === 'array') return `trop d’éléments dans « ${key} » : ${maximum} au plus`;
	return `« ${key} » doit valoir au plus ${maximum}`;
}

/**
 * One plain-French message per zod issue (one per unknown key), with the raw path it concerns.
 * `data` is the parsed YAML, used to tell a missing field from a wrong one.
 */
export function zodIssueMessages(
	issue: Issue,
	data: unknown
): { path: RawPath; message: string }[] {
	const path = issue.path;
	const value = valueAt(data, path);
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) return [{ path, message: missingMessage(path) }];
			return [
				{
					path,
					message: `« ${lastKey(path)} » doit être ${TYPE_NAMES[issue.expected] ?? issue.expected}, pas ${describeValue(value)}${issue.expected === 'string' ? quoteHint(value) : ''}`
				}
			];
		case 'too_small':
			return [{ path, message: tooSmallMessage(issue, path) }];
		case 'too_big':
			return [{ path, message: tooBigMessage(issue, path) }];
		case 'invalid_format':
			if (lastKey(path) === 'id') {
				return [
					{
						path,
						message: `identifiant invalide « ${String(value)} » : lettres minuscules sans accents, chiffres et tirets, en commençant par une lettre`
					}
				];
			}
			return [{ path, message: `format invalide pour « ${lastKey(path)} »` }];
		case 'unrecognized_keys':
			return issue.keys.map((key) => {
				const nearest = nearestName(key, QUIZ_KEYS, FIELD_ALIASES);
				return {
					path: [...path, key],
					message: nearest
						? `clé inconnue « ${key} » : vouliez-vous écrire « ${nearest} » ? (voir docs/auteurs/ecrire-un-quiz.md)`
						: `clé inconnue « ${key} » (faute de frappe ? voir docs/auteurs/ecrire-un-quiz.md)`
				};
			});
		case 'invalid_union':
			if ('discriminator' in issue && issue.discriminator === 'type') {
				return [
					{
						path,
						message:
							value === undefined
								? missingMessage(path)
								: `type de question inconnu « ${String(value)} » : attendu ${orList(QUESTION_TYPES)}`
					}
				];
			}
			return [{ path, message: 'valeur invalide' }];
		case 'invalid_value':
			return [
				{
					path,
					message: `valeur « ${String(value)} » non permise dans « ${lastKey(path)} » : attendu ${orList(issue.values.map(String))}`
				}
			];
		default:
			return [{ path, message: issue.message }];
	}
}
