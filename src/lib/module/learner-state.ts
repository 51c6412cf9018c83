import { frenchDate } from '$lib/french';
import type { ModuleProgress } from '$lib/progress';

/** One line of the learner's state: a sentence, then what to do next (a link). */
export interface StateLine {
	kind: 'passed' | 'resume' | 'failed';
	text: string;
	action: string;
}

/**
 * The question to resume at (1-based) from a stored quiz snapshot, or null when the snapshot
 * does not say (stored data is untrusted: anything unexpected gives null).
 */
export function resumeQuestion(snapshot: unknown, total: number): number | null {
	if (snapshot === null || typeof snapshot !== 'object') return null;
	const context = (snapshot as { context?: unknown }).context;
	if (context === null || typeof context !== 'object') return null;
	const index = (context as { index?: unknown }).index;
	if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= total) {
		return null;
	}
	return index + 1;
}

/**
 * What the module page says of the learner's progress: « Réussi — meilleur score 17/17, le
 * 2 décembre 2026 », « Quiz en cours : reprendre à la question 4 », « Non réussi (9/17) :
 * réessayer ». Nothing before a first attempt.
 */
export function learnerStateLines(progress: ModuleProgress, resumeAt: number | null): StateLine[] {
	const lines: StateLine[] = [];
	const best = progress.bestScore;
	if (progress.status === 'completed' && best) {
		lines.push({
			kind: 'passed',
			text: `Réussi\u00a0— meilleur score ${best.score}/${best.total}, le ${frenchDate(best.at)}`,
			action: 'imprimer l’attestation'
		});
	}
	if (progress.quizInProgress) {
		lines.push({
			kind: 'resume',
			text: 'Quiz en cours',
			action: resumeAt === null ? 'reprendre le quiz' : `reprendre à la question ${resumeAt}`
		});
	} else if (progress.status !== 'completed' && best) {
		lines.push({
			kind: 'failed',
			text: `Non réussi (${best.score}/${best.total})`,
			action: 'réessayer'
		});
	}
	return lines;
}
