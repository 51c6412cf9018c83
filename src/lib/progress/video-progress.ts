// The measured video's rules, as pure functions without zod (the catalogue's status line uses
// them before the store loads): saving, merging an import, what pages show.
import {
	capIntervals,
	reachesThreshold,
	unionIntervals,
	watchedPercent,
	type Interval
} from '../video/intervals';
import type { ExportVideo, VideoRecord } from './video-records';

/** What a page hands in after some playback. */
export interface VideoInput {
	duration: number;
	intervals: readonly Interval[];
	position: number;
	watchedPercent: number;
}

/** What pages show of the measured video. */
export interface VideoSummary {
	/** Whole percent played, rounded down. */
	percent: number;
	/** The threshold was reached. */
	watched: boolean;
	watchedAt: string | null;
	position: number;
	duration: number;
	intervals: Interval[];
}

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
const earlier = (a: string | null, b: string | null) =>
	a === null ? b : b === null ? a : Date.parse(a) <= Date.parse(b) ? a : b;

function watchedDate(
	intervals: readonly Interval[],
	duration: number,
	percent: number,
	known: string | null,
	at: string
): string | null {
	return known ?? (reachesThreshold(intervals, duration, percent) ? at : null);
}

/** The record after a save at `at`: intervals joined (other tabs included), position replaced. */
export function savedVideo(
	current: VideoRecord | null,
	slug: string,
	input: VideoInput,
	at: string
): VideoRecord {
	const intervals = capIntervals(unionIntervals(current?.intervals ?? [], input.intervals));
	return {
		slug,
		duration: input.duration,
		intervals: intervals as [number, number][],
		position: input.position,
		watchedPercent: input.watchedPercent,
		watchedAt: watchedDate(
			intervals,
			input.duration,
			input.watchedPercent,
			current?.watchedAt ?? null,
			at
		),
		updatedAt: at
	};
}

/**
 * An imported video merged into the local one: union of the intervals, the position of the
 * latest save, the earliest "watched" date (or the latest save's, when only the union reaches
 * the threshold).
 */
export function mergeVideo(
	local: VideoRecord | null,
	incoming: ExportVideo,
	slug: string
): VideoRecord {
	if (!local) return { slug, ...incoming };
	const newer = Date.parse(incoming.updatedAt) > Date.parse(local.updatedAt) ? incoming : local;
	const intervals = capIntervals(unionIntervals(local.intervals, incoming.intervals));
	const updatedAt = later(local.updatedAt, incoming.updatedAt);
	return {
		slug,
		duration: local.duration,
		intervals: intervals as [number, number][],
		position: newer.position,
		watchedPercent: local.watchedPercent,
		watchedAt: watchedDate(
			intervals,
			local.duration,
			local.watchedPercent,
			earlier(local.watchedAt, incoming.watchedAt),
			updatedAt
		),
		updatedAt
	};
}

/** The export file's form of a record. */
export function exportVideo(record: VideoRecord): ExportVideo {
	const { duration, intervals, position, watchedPercent, watchedAt, updatedAt } = record;
	return { duration, intervals, position, watchedPercent, watchedAt, updatedAt };
}

/** What pages show of a record. */
export function summarizeVideo(record: VideoRecord | null | undefined): VideoSummary | null {
	if (!record) return null;
	return {
		percent: watchedPercent(record.intervals, record.duration),
		watched: record.watchedAt !== null,
		watchedAt: record.watchedAt,
		position: record.position,
		duration: record.duration,
		intervals: record.intervals
	};
}
