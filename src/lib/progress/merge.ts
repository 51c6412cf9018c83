import { earlierDate, laterDate } from './dates';
import { EXPORT_FORMAT, EXPORT_VERSION } from './limits';
import type { ExportAttempt, ExportFile, ExportModule } from './export-format';
import type { ModuleData } from './model';
import { newAttemptId, type AttemptRecord, type ModuleRecord } from './records';
import { sortAttempts } from './derive';
import { exportVideo } from './video-progress';

/** Two attempts are the same when they share an id, or the same start and end instants. */
export function attemptRunKey(attempt: Pick<AttemptRecord, 'startedAt' | 'endedAt'>): string {
	return `${Date.parse(attempt.startedAt)}|${Date.parse(attempt.endedAt)}`;
}

/** An export file from validated data: every module with a record or an attempt, by slug. */
export function buildExportFile(modules: ReadonlyMap<string, ModuleData>, now: number): ExportFile {
	const list: ExportModule[] = [];
	for (const [slug, data] of [...modules.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
		if (data.record === null && data.attempts.length === 0) continue;
		const attempts = sortAttempts(data.attempts);
		let startedAt = data.record?.startedAt ?? null;
		let updatedAt = data.record?.updatedAt ?? null;
		for (const attempt of attempts) {
			startedAt = earlierDate(startedAt, attempt.startedAt);
			updatedAt = laterDate(updatedAt, attempt.endedAt);
		}
		list.push({
			slug,
			startedAt: startedAt!,
			updatedAt: updatedAt!,
			videoWatchedAt: data.record?.videoWatchedAt ?? null,
			attempts: attempts.map(
				({ id, startedAt, endedAt, score, total, passed, quizHash, answers }): ExportAttempt => ({
					id,
					startedAt,
					endedAt,
					score,
					total,
					passed,
					quizHash,
					answers: answers.map(({ questionId, answer, correct }) => ({
						questionId,
						answer,
						correct
					}))
				})
			),
			...(data.video ? { video: exportVideo(data.video) } : {})
		});
	}
	return {
		format: EXPORT_FORMAT,
		version: EXPORT_VERSION,
		exportedAt: new Date(now).toISOString(),
		modules: list
	};
}

/** The stored module record an imported module becomes on its own. */
export function recordFromImport(module: ExportModule): ModuleRecord {
	return {
		slug: module.slug,
		startedAt: module.startedAt,
		updatedAt: module.updatedAt,
		videoWatchedAt: module.videoWatchedAt
	};
}

/** The stored attempt an imported attempt becomes. */
export function attemptFromImport(
	slug: string,
	attempt: ExportAttempt,
	id = attempt.id
): AttemptRecord {
	return { ...attempt, id, slug };
}

/** Outcome of merging one imported module into the local one. */
export interface ModuleMerge {
	record: ModuleRecord;
	/** Attempts to add (imported ones not already stored). */
	newAttempts: AttemptRecord[];
	/** Imported attempts already stored here. */
	knownAttempts: number;
}

/**
 * Merge keeps the best of both: every attempt of either side (so the best score is the best
 * of both), the earliest start, the latest activity, the video watched if either says so.
 * `usedIds` holds every attempt id stored anywhere, so that an imported id that happens to
 * name another attempt gets a fresh one instead of overwriting it.
 */
export function mergeModule(
	local: ModuleData | undefined,
	incoming: ExportModule,
	usedIds: Set<string>
): ModuleMerge {
	const localAttempts = local?.attempts ?? [];
	const localIds = new Set(localAttempts.map((attempt) => attempt.id));
	const localRuns = new Set(localAttempts.map(attemptRunKey));
	const newAttempts: AttemptRecord[] = [];
	let knownAttempts = 0;
	for (const attempt of incoming.attempts) {
		if (localIds.has(attempt.id) || localRuns.has(attemptRunKey(attempt))) {
			knownAttempts += 1;
			continue;
		}
		let id = attempt.id;
		while (usedIds.has(id)) id = newAttemptId();
		usedIds.add(id);
		newAttempts.push(attemptFromImport(incoming.slug, attempt, id));
	}
	const record = local?.record;
	return {
		record: {
			slug: incoming.slug,
			startedAt: earlierDate(record?.startedAt ?? null, incoming.startedAt)!,
			updatedAt: laterDate(record?.updatedAt ?? null, incoming.updatedAt)!,
			videoWatchedAt: earlierDate(record?.videoWatchedAt ?? null, incoming.videoWatchedAt)
		},
		newAttempts,
		knownAttempts
	};
}
