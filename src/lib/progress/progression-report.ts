// What /progression shows: the catalogue joined with the stored progress (pure, tested in Node).
import { quantity } from '../french';
import { deriveModuleProgress } from './derive';
import { completedSentence } from './labels';
import type { ModuleProgress } from './model';

/** A catalogue module, as the page's load gives it. */
export interface CatalogueModule {
	slug: string;
	title: string;
	area: string;
	/** Questions of its quiz; 0 without a quiz. */
	questionCount: number;
}

/** One row of the list. */
export interface ReportRow {
	slug: string;
	title: string;
	/** Area and quiz size, under the title. */
	meta: string;
	progress: ModuleProgress;
}

/** The page's content once the progress is read. */
export interface ProgressionReport {
	/** Every catalogue module, in catalogue order, `not-started` when nothing is stored. */
	rows: ReportRow[];
	/** Progress kept for modules no longer in the catalogue: shown, never silently hidden. */
	orphans: ModuleProgress[];
	/** "1 module terminé sur 3" (in bold). */
	completedText: string;
	/** What follows it: ", 1 en cours · 4 tentatives de quiz au total." */
	detailText: string;
}

/** "Messagerie · quiz de 17 questions"; the area alone without a quiz. */
export function questionMeta(area: string, questionCount: number): string {
	if (questionCount === 0) return area;
	return `${area} · quiz de ${quantity(questionCount, 'question')}`;
}

/**
 * What /progression reads before the rest (`FirstRead.pick`): every catalogue module, since the
 * totals count them all, then the stored orphans that fill the first `rows` rows, in the order
 * the list shows them.
 */
export function firstScreenPick(
	catalogue: readonly CatalogueModule[],
	rows: number
): (stored: readonly string[]) => string[] {
	const listed = new Set(catalogue.map((module) => module.slug));
	return (stored) => {
		const orphans = stored.filter((slug) => !listed.has(slug)).sort();
		return [...listed, ...orphans.slice(0, Math.max(0, rows - catalogue.length))];
	};
}

/** Joins the catalogue and the stored progress (as `liveModules` gives it). */
export function progressionReport(
	catalogue: readonly CatalogueModule[],
	progress: readonly ModuleProgress[]
): ProgressionReport {
	const bySlug = new Map(progress.map((module) => [module.slug, module]));
	const rows = catalogue.map((module) => ({
		slug: module.slug,
		title: module.title,
		meta: questionMeta(module.area, module.questionCount),
		progress: bySlug.get(module.slug) ?? deriveModuleProgress(module.slug, undefined)
	}));
	const listed = new Set(catalogue.map((module) => module.slug));
	const count = (status: ModuleProgress['status']) =>
		rows.filter((row) => row.progress.status === status).length;
	const inProgress = count('in-progress');
	const attemptTotal = rows.reduce((sum, row) => sum + row.progress.attempts.length, 0);
	let detailText = '';
	if (inProgress > 0) detailText += `, ${inProgress} en cours`;
	if (attemptTotal > 0) {
		detailText += ` · ${quantity(attemptTotal, 'tentative')} de quiz au total`;
	}
	return {
		rows,
		orphans: progress.filter((module) => !listed.has(module.slug)),
		completedText: completedSentence(count('completed'), catalogue.length),
		detailText: `${detailText}.`
	};
}
