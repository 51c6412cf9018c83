import { isClockOdd } from './dates';
import { bestAttempt, hasProgress, scoreOf, statusOf } from './derive';
import type { ExportFile } from './export-format';
import { attemptFromImport, mergeModule, recordFromImport } from './merge';
import { IMPORT_CLOCK_SKEW_MS } from './limits';
import type { ModuleData, ModuleStatus, ScoreSummary } from './model';

/** What a module looks like before or after an import. */
export interface ProgressSummary {
	status: ModuleStatus;
	attemptCount: number;
	bestScore: ScoreSummary | null;
	videoWatched: boolean;
}

/** What an import would do to one module. */
export interface ImportModuleChange {
	slug: string;
	/** Now, or null when nothing is stored for it. */
	before: ProgressSummary | null;
	/** After "Fusionner". */
	merged: ProgressSummary;
	/** After "Remplacer" (the file alone). */
	imported: ProgressSummary;
	/** Attempts that merging would add. */
	newAttempts: number;
	/** Attempts of the file already stored here. */
	knownAttempts: number;
}

/** A validated import file with the changes it would bring, shown before applying it. */
export interface ImportPreview {
	file: ExportFile;
	changes: ImportModuleChange[];
	/** Attempts in the file. */
	attemptCount: number;
	/** Attempts that merging would add. */
	newAttempts: number;
	/** Modules with local progress that "Remplacer" would erase (absent from the file). */
	replaceRemoves: string[];
	/** Quizzes in progress that "Remplacer" would abandon. */
	quizzesInProgress: number;
	/** Dates of the file before 2020 or after today: written by a wrong clock, kept, and said. */
	clockOddDates: number;
}

/** How many dates of the file a wrong clock wrote (before 2020, or later than `now`). */
export function countClockOddDates(file: ExportFile, now: number): number {
	const dates = [file.exportedAt];
	for (const module of file.modules) {
		dates.push(module.startedAt, module.updatedAt);
		if (module.videoWatchedAt !== null) dates.push(module.videoWatchedAt);
		for (const attempt of module.attempts) dates.push(attempt.startedAt, attempt.endedAt);
	}
	return dates.filter((date) => isClockOdd(date, now, IMPORT_CLOCK_SKEW_MS)).length;
}

function summarize(data: ModuleData | undefined): ProgressSummary {
	const attempts = data?.attempts ?? [];
	const best = bestAttempt(attempts);
	return {
		status: statusOf(data ?? { record: null, attempts: [], snapshot: null }),
		attemptCount: attempts.length,
		bestScore: best ? scoreOf(best) : null,
		videoWatched: data?.record?.videoWatchedAt != null
	};
}

/** The preview of importing `file` over the current, validated data, at `now`. */
export function buildImportPreview(
	file: ExportFile,
	current: ReadonlyMap<string, ModuleData>,
	now: number
): ImportPreview {
	const usedIds = new Set<string>();
	for (const data of current.values()) for (const attempt of data.attempts) usedIds.add(attempt.id);
	const changes: ImportModuleChange[] = file.modules.map((module) => {
		const local = current.get(module.slug);
		const merge = mergeModule(local, module, usedIds);
		const merged: ModuleData = {
			record: merge.record,
			attempts: [...(local?.attempts ?? []), ...merge.newAttempts],
			snapshot: local?.snapshot ?? null
		};
		const imported: ModuleData = {
			record: recordFromImport(module),
			attempts: module.attempts.map((attempt) => attemptFromImport(module.slug, attempt)),
			snapshot: null
		};
		return {
			slug: module.slug,
			before: local && hasProgress(local) ? summarize(local) : null,
			merged: summarize(merged),
			imported: summarize(imported),
			newAttempts: merge.newAttempts.length,
			knownAttempts: merge.knownAttempts
		};
	});
	const inFile = new Set(file.modules.map((module) => module.slug));
	return {
		file,
		changes,
		attemptCount: file.modules.reduce((sum, module) => sum + module.attempts.length, 0),
		newAttempts: changes.reduce((sum, change) => sum + change.newAttempts, 0),
		replaceRemoves: [...current.entries()]
			.filter(([slug, data]) => !inFile.has(slug) && hasProgress(data))
			.map(([slug]) => slug)
			.sort(),
		quizzesInProgress: [...current.values()].filter((data) => data.snapshot !== null).length,
		clockOddDates: countClockOddDates(file, now)
	};
}
