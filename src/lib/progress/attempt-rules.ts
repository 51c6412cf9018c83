// What makes a finished attempt possible: the same rules for the attempt the quiz hands in and
// for an imported one, so that the store never keeps what an import of its own export refuses.
import { plural, quantity } from '../french';
import type { NewAttempt } from './records';

/** What the build knows of a module's quiz: imported attempts are checked against it. */
export interface QuizFacts {
	/** Hash of the quiz as published now: an attempt with this hash was taken on these questions. */
	hash: string;
	questionCount: number;
	/** Percentage of first-try right answers needed to pass (1–100). */
	passMark: number;
}

/** The fields of an attempt the rules look at. */
export type AttemptFacts = Pick<NewAttempt, 'score' | 'total' | 'passed' | 'quizHash' | 'answers'>;

/** Whether a score passes a pass mark, exactly as the quiz decides it (`quizResult`). */
export function meetsPassMark(score: number, total: number, passMark: number): boolean {
	return total > 0 && (score / total) * 100 >= passMark;
}

/**
 * Why an attempt cannot have been recorded by Capsules, or null. Every attempt holds one answer
 * per question and its score counts the right ones; no pass mark is under 1 % or over 100 %, so
 * no quiz passes 0 right answers or fails a perfect score. Taken on the quiz as published now
 * (same hash), it has its number of questions and its pass mark decides `passed`.
 */
export function impossibleAttempt(attempt: AttemptFacts, quiz?: QuizFacts): string | null {
	const { score, total, passed, answers } = attempt;
	if (answers.length !== total) {
		return `elle annonce ${quantity(total, 'question')} mais contient ${quantity(answers.length, 'réponse')}`;
	}
	const right = answers.filter((answer) => answer.correct).length;
	if (right !== score) {
		return `son score (${score}) ne correspond pas à ses ${quantity(right, 'réponse')} ${plural(right, 'juste')}`;
	}
	if (passed && !meetsPassMark(score, total, 1)) {
		return `elle est dite réussie avec ${score}/${total}`;
	}
	if (!passed && score === total) {
		return `elle est dite non réussie avec ${score}/${total}`;
	}
	if (quiz && attempt.quizHash === quiz.hash) {
		if (total !== quiz.questionCount) {
			return `elle annonce ${quantity(total, 'question')}, le quiz en compte ${quiz.questionCount}`;
		}
		if (passed !== meetsPassMark(score, total, quiz.passMark)) {
			return `elle est dite ${passed ? 'réussie' : 'non réussie'} avec ${score}/${total}, alors que le seuil de réussite du quiz est de ${quiz.passMark}\u00a0%`;
		}
	}
	return null;
}
