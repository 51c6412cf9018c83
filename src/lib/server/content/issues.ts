/** A problem found in author content, reported as `file:line:column: field: message`. */
export interface ContentIssue {
	/** Path of the file, relative to the working directory (e.g. `content/x.md`). */
	file: string;
	/** Dotted path of the field inside the file (e.g. `title`, `questions.q3.feedback`); empty for the whole file. */
	field: string;
	/** What is wrong, in plain French words. */
	message: string;
	severity: 'error' | 'warning';
	/** 1-based line in the file, when known. */
	line?: number;
	/** 1-based column in that line, when known. */
	column?: number;
}

/**
 * Formats an issue on one line, the way `content:check` and the build print it. The place comes
 * as `file:line:column`, which editors' terminals turn into a link to that line.
 */
export function formatIssue(issue: ContentIssue): string {
	const place =
		issue.line === undefined
			? issue.file
			: `${issue.file}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
	const where = issue.field ? `${place}: ${issue.field}` : place;
	const tag = issue.severity === 'warning' ? ' (avertissement)' : '';
	return `${where}: ${issue.message}${tag}`;
}
