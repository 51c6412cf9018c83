// French wording shared by the components and pages (light: no Dexie, no zod).
import { plural, quantity } from '../french';
import type { ModuleStatus, ScoreSummary } from './model';

/** Status label as shown to the learner. */
export const STATUS_LABELS: Record<ModuleStatus, string> = {
	'not-started': 'Non commencé',
	'in-progress': 'En cours',
	completed: 'Terminé'
};

/** Shown when a saved quiz belonged to an edited version of the quiz. */
export const STALE_QUIZ_MESSAGE =
	'Le quiz a été modifié depuis votre dernière visite : il recommence depuis le début.';

/** "4/5 (80 %)". */
export function formatScore(score: ScoreSummary): string {
	return `${score.score}/${score.total} (${score.percent} %)`;
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** "28 novembre 2026". */
export function formatDate(iso: string): string {
	return dateFormat.format(new Date(iso));
}

/** "28 novembre 2026 à 18:17". */
export function formatDateTime(iso: string): string {
	return dateTimeFormat.format(new Date(iso));
}

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
