import { plural, quantity } from '../../french';
import { formatIssue, type ContentIssue } from './issues';

/**
 * The report of a check that found errors: how many, what to do `then` (after correcting them),
 * then every error on its own line.
 */
export function errorReport(
	issues: readonly ContentIssue[],
	then = 'relancez (npm run content:check)'
): string {
	const errors = issues.filter((issue) => issue.severity === 'error');
	return (
		`Contenu invalide : ${quantity(errors.length, 'erreur')}. Corrigez-${plural(errors.length, 'la', 'les')} puis ${then}.\n` +
		errors.map(formatIssue).join('\n')
	);
}

/** Thrown when author content has errors: its message lists every one, a line each. */
export class ContentValidationError extends Error {
	constructor(readonly issues: ContentIssue[]) {
		super(errorReport(issues));
		this.name = 'ContentValidationError';
	}
}
