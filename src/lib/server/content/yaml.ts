import yaml from 'js-yaml';

/** A YAML syntax error with the 1-based line where the parser stopped. */
export class YamlSyntaxError extends Error {
	constructor(
		message: string,
		readonly line: number | undefined,
		readonly column: number | undefined = undefined
	) {
		super(message);
	}
}

/**
 * Parses author YAML with the core schema: no timestamps turned into Date objects, so
 * `date: 2026-01-12` stays the text the author wrote and the schemas check it.
 */
export function parseYaml(source: string): unknown {
	try {
		return yaml.load(source, { schema: yaml.CORE_SCHEMA });
	} catch (error) {
		if (error instanceof yaml.YAMLException) {
			const line = error.mark ? error.mark.line + 1 : undefined;
			const column = error.mark ? error.mark.column + 1 : undefined;
			throw new YamlSyntaxError(error.reason || error.message, line, column);
		}
		throw error;
	}
}
