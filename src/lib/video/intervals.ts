// Watched time as a set of played intervals, in seconds. Pure arithmetic: the tracker adds to it,
// the store merges it across tabs and imports, the pages show its coverage.

/** A played stretch of the video, [start, end) in seconds, start < end. */
export type Interval = readonly [start: number, end: number];

/** Most intervals kept for one video: a learner who jumps around a lot keeps the longest ones. */
export const MAX_INTERVALS = 500;

function isUsable([start, end]: Interval): boolean {
	return Number.isFinite(start) && Number.isFinite(end) && start < end;
}

/**
 * The same set as sorted, disjoint intervals: overlapping or touching ones merged, empty or
 * non-finite ones dropped, negative starts clipped to 0.
 */
export function normalizeIntervals(intervals: Iterable<Interval>): Interval[] {
	const sorted = [...intervals]
		.map(([start, end]): Interval => [Math.max(0, start), end])
		.filter(isUsable)
		.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: [number, number][] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

/** Everything played in either list (tabs, devices, imports): the union, normalized. */
export function unionIntervals(...lists: readonly (readonly Interval[])[]): Interval[] {
	return normalizeIntervals(lists.flat());
}

/** Seconds of [0, duration] covered by the intervals. */
export function coveredSeconds(intervals: readonly Interval[], duration: number): number {
	if (!(duration > 0)) return 0;
	let total = 0;
	for (const [start, end] of normalizeIntervals(intervals)) {
		const from = Math.max(0, start);
		const to = Math.min(duration, end);
		if (to > from) total += to - from;
	}
	return total;
}

/** Share of the video watched, 0 to 1. */
export function watchedFraction(intervals: readonly Interval[], duration: number): number {
	if (!(duration > 0)) return 0;
	return Math.min(1, coveredSeconds(intervals, duration) / duration);
}

/**
 * Whole percent watched, rounded down, so that "vue à 100 %" is never shown for a video with a
 * second missing.
 */
export function watchedPercent(intervals: readonly Interval[], duration: number): number {
	return Math.floor(watchedFraction(intervals, duration) * 100 + 1e-9);
}

/** True once the share watched reaches `thresholdPercent` (1 to 100). */
export function reachesThreshold(
	intervals: readonly Interval[],
	duration: number,
	thresholdPercent: number
): boolean {
	return (
		duration > 0 &&
		coveredSeconds(intervals, duration) >= (duration * thresholdPercent) / 100 - 1e-6
	);
}

/** At most `max` intervals: the longest are kept (coverage can only be under-counted). */
export function capIntervals(intervals: readonly Interval[], max = MAX_INTERVALS): Interval[] {
	const normalized = normalizeIntervals(intervals);
	if (normalized.length <= max) return normalized;
	const kept = [...normalized].sort((a, b) => b[1] - b[0] - (a[1] - a[0])).slice(0, max);
	return normalizeIntervals(kept);
}

/** True when two normalized lists hold the same intervals. */
export function sameIntervals(a: readonly Interval[], b: readonly Interval[]): boolean {
	return a.length === b.length && a.every((x, i) => x[0] === b[i]![0] && x[1] === b[i]![1]);
}
