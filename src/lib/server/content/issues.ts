/** A problem found in author content, reported as `file: field: message`. */
export interface ContentIssue {
	/** Path of the file, relative to the working directory (e.g. `content/x.md`). */
	file: string;
	/** Dotted path of the field inside the file (e.g. `title`, `questions.q3.feedback`); empty for the whole file. */
	field: string;
	/** What is wrong, in plain French words. */
	message: string;
	severity: 'error' | 'warning';
}

/** Formats an issue on one line, the way `content:check` and the build print it. */
export function formatIssue(issue: ContentIssue): string {
	const where = issue.field ? `${issue.file}: ${issue.field}` : issue.file;
	const tag = issue.severity === 'warning' ? ' (avertissement)' : '';
	return `${where}: ${issue.message}${tag}`;
}
