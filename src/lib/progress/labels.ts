// French wording shared by the components and pages (light: no Dexie, no zod).
import { frenchDate, frenchDateTime, plural, quantity } from '../french';
import type { ModuleProgress, ModuleStatus, ScoreSummary } from './model';

/** Status label as shown to the learner. */
export const STATUS_LABELS: Record<ModuleStatus, string> = {
	'not-started': 'Non commencé',
	'in-progress': 'En cours',
	completed: 'Terminé'
};

/** Shown when a saved quiz belonged to an edited version of the quiz. */
export const STALE_QUIZ_MESSAGE =
	'Le quiz a été modifié depuis votre dernière visite : il recommence depuis le début.';

/** "4/5 (80 %)", a no-break space before the sign. */
export function formatScore(score: ScoreSummary): string {
	return `${score.score}/${score.total} (${score.percent}\u00a0%)`;
}

/**
 * What a status line says of the video: measured ("Vidéo vue", "Vidéo vue à 64 %") or ticked by
 * the learner ("Vidéo cochée comme vue"); null when nothing is known.
 */
export function videoLabel(
	progress: Pick<ModuleProgress, 'videoWatched' | 'video'>
): string | null {
	if (progress.video?.watched) return 'Vidéo vue';
	if (progress.videoWatched) return 'Vidéo cochée comme vue';
	if (progress.video && progress.video.percent > 0) {
		return `Vidéo vue à ${progress.video.percent}\u00a0%`;
	}
	return null;
}

/** « 28 novembre 2026 ». */
export const formatDate = frenchDate;

/** « 28 novembre 2026 à 18:17 ». */
export const formatDateTime = frenchDateTime;

/** "3 modules terminés sur 5", "1 module terminé sur 5", "Aucun module terminé sur 5". */
export function completedSentence(completed: number, total: number): string {
	if (completed === 0) return `Aucun module terminé sur ${total}`;
	return `${quantity(completed, 'module')} ${plural(completed, 'terminé')} sur ${total}`;
}

/** "1 tentative", "3 tentatives", "aucune tentative". */
export function attemptsLabel(count: number): string {
	if (count === 0) return 'aucune tentative';
	return quantity(count, 'tentative');
}
