import type { z } from 'zod';
import { quantity } from '../../french';
import type { ContentIssue } from './issues';
import { FIELD_ALIASES, nearestName } from './suggest';

/** What to do when YAML read a bare number or boolean where a text was expected. */
export function quoteHint(value: unknown): string {
	if (typeof value !== 'number' && typeof value !== 'boolean') return '';
	return ` : pour un texte, mettez-le entre apostrophes droites ('${String(value)}') (voir docs/auteurs/pieges-du-yaml.md#nombres)`;
}

const TYPE_NAMES: Record<string, string> = {
	string: 'un texte',
	number: 'un nombre',
	boolean: 'vrai ou faux (true/false)',
	array: 'une liste',
	object: 'un ensemble de champs',
	date: 'une date'
};

function describe(value: unknown): string {
	if (value === null) return 'vide (null)';
	if (Array.isArray(value)) return 'une liste';
	if (value instanceof Date) return 'une date';
	const type = typeof value;
	return TYPE_NAMES[type] ?? type;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/** Puts one zod issue into plain French: "champ obligatoire manquant", "doit être un texte (reçu une liste)"… */
function explain(issue: z.core.$ZodIssue, data: unknown): string {
	switch (issue.code) {
		case 'invalid_type': {
			const value = valueAt(data, issue.path);
			if (value === undefined) return 'champ obligatoire manquant';
			if (value === null) return 'ne doit pas être vide';
			const hint = issue.expected === 'string' ? quoteHint(value) : '';
			return `doit être ${TYPE_NAMES[issue.expected] ?? issue.expected} (reçu ${describe(value)})${hint}`;
		}
		case 'too_small':
			if (issue.origin === 'string')
				return issue.message.startsWith('Too') ? 'ne doit pas être vide' : issue.message;
			if (issue.origin === 'array')
				return `doit contenir au moins ${quantity(Number(issue.minimum), 'élément')}`;
			return `doit être au moins ${issue.minimum}`;
		case 'too_big':
			return `doit être au plus ${issue.maximum}`;
		case 'invalid_value':
			return `doit valoir ${issue.values.map((v) => JSON.stringify(v)).join(' ou ')}`;
		default:
			return issue.message;
	}
}

/**
 * Turns a zod error into one ContentIssue per problem, with unknown keys reported one by one
 * and the allowed keys listed, so an author sees every problem at once.
 */
export function zodIssuesToContentIssues(
	file: string,
	error: z.ZodError,
	data: unknown,
	options: {
		prefix?: string;
		allowedKeys?: readonly string[];
		fieldName?: (path: readonly PropertyKey[]) => string;
	} = {}
): ContentIssue[] {
	// List positions are counted from 1, as authors count them (`notes.1` is the first note).
	const join =
		options.fieldName ??
		((path: readonly PropertyKey[]) =>
			path.map((key) => (typeof key === 'number' ? String(key + 1) : String(key))).join('.'));
	const withPrefix = (field: string) => [options.prefix, field].filter(Boolean).join('.');
	return error.issues.flatMap((issue): ContentIssue[] => {
		if (issue.code === 'unrecognized_keys') {
			const allowed =
				options.allowedKeys && issue.path.length === 0
					? ` (champs permis : ${options.allowedKeys.join(', ')})`
					: '';
			return issue.keys.map((key) => {
				const nearest =
					options.allowedKeys && issue.path.length === 0
						? nearestName(key, options.allowedKeys, FIELD_ALIASES)
						: undefined;
				const suggestion = nearest ? ` : vouliez-vous écrire « ${nearest} » ?` : '';
				return {
					file,
					field: withPrefix(join([...issue.path, key])),
					message: `champ inconnu${suggestion}${allowed}`,
					severity: 'error'
				};
			});
		}
		return [
			{
				file,
				field: withPrefix(join(issue.path)),
				message: explain(issue, data),
				severity: 'error'
			}
		];
	});
}
