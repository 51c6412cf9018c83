import { plainText } from './plain-text';
import { learnerAnswerView } from './review';
import type { Question, StoredAnswer } from './types';

/** What « Signaler un problème » tells the module's contact. */
export interface ProblemReport {
	/** The module's contact address (or the site's). */
	contact: string;
	moduleTitle: string;
	slug: string;
	question: Question;
	/** 1-based position of the question in the attempt. */
	number: number;
	/** The answer shown with the feedback; never read for a password question. */
	answer: StoredAnswer;
	correct: boolean;
	/** Address of the page, so the contact can open it. */
	pageUrl?: string;
}

/** The learner's answer as plain text; a password answer is never written, whatever is passed. */
export function reportedAnswer(question: Question, answer: StoredAnswer, correct: boolean): string {
	if (question.type === 'password') return '(mot de passe non transmis)';
	const view = learnerAnswerView(question, answer, correct);
	if (view.kind === 'html') {
		return view.items
			.map((item, i) => (view.ordered ? `${i + 1}. ` : '') + plainText(item))
			.join(' ; ');
	}
	return view.text;
}

/**
 * A `mailto:` link whose subject and body carry the module, the question id and the learner's
 * answer: no server, the learner's own mail program sends it (or not).
 */
export function reportMailto(report: ProblemReport): string {
	const { question } = report;
	const subject = `Capsules, signalement\u00a0: ${report.moduleTitle}, question ${question.id}`;
	const body = [
		'Bonjour,',
		'',
		'Je signale un problème dans cette question\u00a0:',
		'',
		`Module\u00a0: ${report.moduleTitle} (${report.slug})`,
		`Question n° ${report.number} (identifiant ${question.id})\u00a0: ${plainText(question.promptHtml)}`,
		`Ma réponse\u00a0: ${reportedAnswer(question, report.answer, report.correct)}`,
		...(report.pageUrl ? [`Page\u00a0: ${report.pageUrl}`] : []),
		'',
		'Le problème\u00a0:',
		''
	].join('\r\n');
	return `mailto:${report.contact}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
