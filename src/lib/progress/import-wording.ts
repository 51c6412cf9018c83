// What the import says to the learner (French), from the file's check to the final message:
// shared by the store (its results) and the /progression page (the preview). Light: no zod.
import { plural, quantity } from '../french';
import type { ImportMode } from './api';
import type { ImportPreview, ProgressSummary } from './import-preview';
import { attemptsLabel, formatDateTime, formatScore, STATUS_LABELS } from './labels';
import { MAX_IMPORT_BYTES } from './limits';

const MEGABYTE = 1024 * 1024;

/** The size limit in the page's hint ("5"). */
export const MAX_IMPORT_MEGABYTES = MAX_IMPORT_BYTES / MEGABYTE;

/** The import code (loaded on first use) could not be downloaded: offline after a deployment. */
export const IMPORT_CODE_UNAVAILABLE_MESSAGE =
	'L’import n’a pas pu démarrer : rechargez la page, puis réessayez. Votre progression n’a pas été modifiée.';

/** The file could not be read from the disk. */
export const FILE_UNREADABLE_MESSAGE =
	'Ce fichier n’a pas pu être lu. Votre progression n’a pas été modifiée.';

/** Refusal of a file over the limit, checked before reading it. */
export function fileTooLargeMessage(bytes: number): string {
	const size = (bytes / MEGABYTE).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
	return `Ce fichier est trop volumineux (${size} Mo) : un fichier de progression fait au plus ${MAX_IMPORT_MEGABYTES} Mo. Votre progression n’a pas été modifiée.`;
}

/** "Terminé, 2 tentatives, meilleur score 4/5 (80 %), vidéo regardée". */
export function describeSummary(summary: ProgressSummary): string {
	const parts = [STATUS_LABELS[summary.status], attemptsLabel(summary.attemptCount)];
	if (summary.bestScore) parts.push(`meilleur score ${formatScore(summary.bestScore)}`);
	if (summary.videoWatched) parts.push('vidéo regardée');
	return parts.join(', ');
}

/** " (2 nouvelles tentatives)" after the merged summary; empty when merging adds none. */
export function addedAttemptsText(count: number): string {
	if (count === 0) return '';
	return ` (${quantity(count, 'nouvelle')} ${plural(count, 'tentative')})`;
}

/** What the previewed file holds, first sentence of the preview. */
export function previewSentence(fileName: string, preview: ImportPreview): string {
	const modules = preview.file.modules.length;
	return `Le fichier « ${fileName} », exporté le ${formatDateTime(preview.file.exportedAt)}, contient ${quantity(modules, 'module')} et ${attemptsLabel(preview.attemptCount)}.`;
}

/** Said when the file holds dates a wrong clock wrote (they are imported as they are), or null. */
export function clockSentence(preview: ImportPreview): string | null {
	const count = preview.clockOddDates;
	if (count === 0) return null;
	const dates = count === 1 ? 'Une date de ce fichier est' : `${count} dates de ce fichier sont`;
	return `${dates} antérieure${count === 1 ? '' : 's'} à 2020 ou postérieure${count === 1 ? '' : 's'} à aujourd’hui\u00a0: l’horloge de l’ordinateur était sans doute déréglée. ${count === 1 ? 'Elle est importée telle quelle' : 'Elles sont importées telles quelles'}, rien n’est perdu.`;
}

/** What "Remplacer" would erase beyond the file's modules, or null when nothing. */
export function replaceWarning(
	preview: ImportPreview,
	titles: ReadonlyMap<string, string>
): string | null {
	const parts: string[] = [];
	const removed = preview.replaceRemoves.length;
	if (removed > 0) {
		const names = preview.replaceRemoves.map((slug) => titles.get(slug) ?? slug).join(', ');
		parts.push(
			`la progression de ${quantity(removed, 'module')} ${plural(removed, 'absent')} du fichier (${names})`
		);
	}
	if (preview.quizzesInProgress > 0) parts.push(`${preview.quizzesInProgress} quiz en cours`);
	if (parts.length === 0) return null;
	return `« Remplacer » effacerait aussi ${parts.join('\u00a0et ')}.`;
}

/** The import failed as a whole (the transaction was undone). */
export function importFailedMessage(reason: string): string {
	return `L’import a échoué : rien n’a été modifié. ${reason}`;
}

/** The import is done: what changed, by mode. */
export function importAppliedMessage(
	mode: ImportMode,
	modules: number,
	newAttempts: number
): string {
	const modulesText = quantity(modules, 'module');
	const attemptsText = quantity(newAttempts, 'tentative');
	return mode === 'replace'
		? `Progression remplacée : ${modulesText} et ${attemptsText} importés.`
		: `Progression fusionnée : ${modulesText} mis à jour, ${attemptsText} ${plural(newAttempts, 'ajoutée')}.`;
}
