import yaml from 'js-yaml';
import type { ContentIssue } from './issues';
import { frenchSize, MAX_FILE_BYTES, textSize } from './limits';
import { frenchYamlReason, hashCommentMessage, hashComments, yamlHint } from './yaml-messages';

/** A YAML error, in French, with the 1-based line and column where the parser stopped. */
export class YamlSyntaxError extends Error {
	constructor(
		message: string,
		readonly line: number | undefined,
		readonly column: number | undefined = undefined
	) {
		super(message);
	}
}

/** The 1-based line and column of the first alias (`*nom`) of a YAML text. */
function firstAlias(source: string): { line?: number; column?: number } {
	const match = /(^|[\s[{,])\*[^\s,[\]{}]/m.exec(source);
	if (!match) return {};
	const index = match.index + match[1]!.length;
	const before = source.slice(0, index);
	const line = before.split('\n').length;
	return { line, column: index - before.lastIndexOf('\n') };
}

/**
 * Parses author YAML with the core schema: no timestamps turned into Date objects, so
 * `date: 2026-01-12` stays the text the author wrote and the schemas check it. Aliases
 * (`&nom` … `*nom`) may not make the text grow past the file size limit: a few lines of them
 * can otherwise stand for millions of copies.
 */
export function parseYaml(source: string): unknown {
	let data: unknown;
	try {
		data = yaml.load(source, { schema: yaml.CORE_SCHEMA });
	} catch (error) {
		if (error instanceof yaml.YAMLException) {
			const line = error.mark ? error.mark.line + 1 : undefined;
			const column = error.mark ? error.mark.column + 1 : undefined;
			const hint = line === undefined ? '' : yamlHint(source, line, error.reason);
			throw new YamlSyntaxError(
				`erreur de syntaxe YAML : ${frenchYamlReason(error.reason || error.message)}${hint}`,
				line,
				column
			);
		}
		throw error;
	}
	// An alias needs an anchor: a text without `&` cannot hold one, and is not walked at all.
	if (source.includes('&') && textSize(data, MAX_FILE_BYTES) > MAX_FILE_BYTES) {
		const { line, column } = firstAlias(source);
		throw new YamlSyntaxError(
			`YAML trop long une fois développé : les alias (« *nom ») recopient du texte, et recopié, ce fichier dépasserait ${frenchSize(MAX_FILE_BYTES)}, la limite par fichier ; écrivez chaque texte là où il sert, sans alias`,
			line,
			column
		);
	}
	return data;
}

/** The issue for a YAML error in `file` (in `field`, e.g. « front matter »), at its line and column. */
export function yamlIssue(file: string, field: string, error: YamlSyntaxError): ContentIssue {
	return {
		file,
		field,
		message: error.message,
		severity: 'error',
		...(error.line === undefined ? {} : { line: error.line }),
		...(error.column === undefined ? {} : { column: error.column })
	};
}

/** Warnings for the « # » that silently cut a text short in a YAML text. */
export function hashCommentIssues(file: string, yamlText: string, field = ''): ContentIssue[] {
	return hashComments(yamlText).map(({ line, column, cut }) => ({
		file,
		field,
		message: hashCommentMessage(cut),
		severity: 'warning',
		line,
		column
	}));
}
