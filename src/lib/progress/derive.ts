import { earlierDate, laterDate } from './dates';
import type { ModuleData, ModuleProgress, ModuleStatus, ScoreSummary } from './model';
import type { AttemptRecord } from './records';
import { summarizeVideo } from './video-progress';

/** Score of one attempt as a summary. */
export function scoreOf(attempt: AttemptRecord): ScoreSummary {
	return {
		score: attempt.score,
		total: attempt.total,
		percent: Math.round((attempt.score / attempt.total) * 100),
		passed: attempt.passed,
		at: attempt.endedAt
	};
}

/** Orders attempts by end date, then start date, then id (stable across tabs). */
export function sortAttempts(attempts: readonly AttemptRecord[]): AttemptRecord[] {
	return [...attempts].sort(
		(a, b) =>
			Date.parse(a.endedAt) - Date.parse(b.endedAt) ||
			Date.parse(a.startedAt) - Date.parse(b.startedAt) ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/**
 * The best attempt: highest ratio (the quiz may have changed length between attempts), then
 * a passed one, then the most recent.
 */
export function bestAttempt(attempts: readonly AttemptRecord[]): AttemptRecord | null {
	let best: AttemptRecord | null = null;
	for (const attempt of attempts) {
		if (best === null) {
			best = attempt;
			continue;
		}
		const ratio = attempt.score * best.total - best.score * attempt.total;
		if (
			ratio > 0 ||
			(ratio === 0 && attempt.passed && !best.passed) ||
			(ratio === 0 &&
				attempt.passed === best.passed &&
				Date.parse(attempt.endedAt) >= Date.parse(best.endedAt))
		) {
			best = attempt;
		}
	}
	return best;
}

/**
 * Completed once an attempt is passed; in progress as soon as anything is stored (video
 * ticked, an answer saved, a failed attempt); not started otherwise.
 */
export function statusOf(data: ModuleData): ModuleStatus {
	if (data.attempts.some((attempt) => attempt.passed)) return 'completed';
	return hasProgress(data) ? 'in-progress' : 'not-started';
}

/** True when anything is stored for the module (a record, an attempt or a quiz in progress). */
export function hasProgress(data: ModuleData): boolean {
	return (
		data.record !== null || data.attempts.length > 0 || data.snapshot !== null || data.video != null
	);
}

/** The view of a module that pages show. */
export function deriveModuleProgress(slug: string, data: ModuleData | undefined): ModuleProgress {
	const attempts = sortAttempts(data?.attempts ?? []);
	const record = data?.record ?? null;
	const snapshot = data?.snapshot ?? null;
	let startedAt = record?.startedAt ?? null;
	let updatedAt = record?.updatedAt ?? null;
	for (const attempt of attempts) {
		startedAt = earlierDate(startedAt, attempt.startedAt);
		updatedAt = laterDate(updatedAt, attempt.endedAt);
	}
	if (snapshot) {
		startedAt = earlierDate(startedAt, snapshot.startedAt);
		updatedAt = laterDate(updatedAt, snapshot.savedAt);
	}
	const best = bestAttempt(attempts);
	const last = attempts.at(-1) ?? null;
	const video = summarizeVideo(data?.video);
	return {
		slug,
		status: statusOf({ record, attempts, snapshot }),
		startedAt,
		updatedAt,
		completedAt: attempts.find((attempt) => attempt.passed)?.endedAt ?? null,
		videoWatched: record?.videoWatchedAt != null,
		videoWatchedAt: record?.videoWatchedAt ?? null,
		attempts,
		bestScore: best ? scoreOf(best) : null,
		lastScore: last ? scoreOf(last) : null,
		quizInProgress: snapshot !== null,
		recordUnreadable: record === null && data?.recordUnreadable === true,
		...(video ? { video } : {})
	};
}

/** The progress of every module with something stored (readable or not), by slug. */
export function progressBySlug(modules: ReadonlyMap<string, ModuleData>): ModuleProgress[] {
	return [...modules.entries()]
		.filter(([, data]) => hasProgress(data) || data.recordUnreadable === true)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([slug, data]) => deriveModuleProgress(slug, data));
}
