import type { AttemptRecord, ModuleRecord, SnapshotRecord } from './records';
import type { VideoRecord, VideoSummary } from './video-records';

/** Status shown for a module: non commencé, en cours, terminé. */
export type ModuleStatus = 'not-started' | 'in-progress' | 'completed';

/** A score with its denominator, as shown ("4/5") and compared (percent). */
export interface ScoreSummary {
	score: number;
	total: number;
	/** Rounded percentage, 0–100. */
	percent: number;
	passed: boolean;
	/** End of the attempt that scored it. */
	at: string;
}

/** Everything stored about one module, validated. */
export interface ModuleData {
	record: ModuleRecord | null;
	/** Sorted by end date, oldest first. */
	attempts: AttemptRecord[];
	snapshot: SnapshotRecord | null;
	/** The video as measured through the embed API (absent or null when never measured). */
	video?: VideoRecord | null;
	/** The module record exists but could not be read (skipped as corrupted). */
	recordUnreadable?: boolean;
}

/** What pages show of a module's progress (derived, never stored as such). */
export interface ModuleProgress {
	slug: string;
	status: ModuleStatus;
	/** First activity, or null when not started. */
	startedAt: string | null;
	/** Last activity, or null when not started. */
	updatedAt: string | null;
	/** End of the first passed attempt, or null. */
	completedAt: string | null;
	videoWatched: boolean;
	videoWatchedAt: string | null;
	/** Finished attempts, oldest first. */
	attempts: AttemptRecord[];
	bestScore: ScoreSummary | null;
	lastScore: ScoreSummary | null;
	/** A quiz was left unfinished and can be resumed. */
	quizInProgress: boolean;
	/**
	 * The video as measured through the embed API; absent when never measured. `videoWatched`
	 * above is the learner's own tick, kept apart.
	 */
	video?: VideoSummary;
	/**
	 * The module's record (video tick, dates) was skipped as unreadable: `videoWatched` is then
	 * unknown, not "no".
	 */
	recordUnreadable: boolean;
}
