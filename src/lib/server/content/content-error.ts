import { plural, quantity } from '../../french';
import { formatIssue, type ContentIssue } from './issues';

/** Thrown when author content has errors: its message lists every one, a line each. */
export class ContentValidationError extends Error {
	constructor(readonly issues: ContentIssue[]) {
		const errors = issues.filter((issue) => issue.severity === 'error');
		super(
			`Contenu invalide : ${quantity(errors.length, 'erreur')}. Corrigez-${plural(errors.length, 'la', 'les')} puis relancez (npm run content:check).\n` +
				errors.map(formatIssue).join('\n')
		);
		this.name = 'ContentValidationError';
	}
}
