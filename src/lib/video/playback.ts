// From the embed's playback reports to played intervals. Only continuous playback counts: a jump
// (the learner seeking ahead or back) starts a new stretch instead of filling the gap.
import { capIntervals, unionIntervals, type Interval } from './intervals';

/** Playback states PeerTube reports; others may come later and count as not playing. */
export type PlaybackState = 'unstarted' | 'playing' | 'paused' | 'ended';

/** One `playbackStatusUpdate` from the embed, validated. */
export interface PlaybackStatus {
	position: number;
	/** Seconds; null while the embed does not know it yet. */
	duration: number | null;
	state: PlaybackState | 'other';
}

/**
 * Largest forward step between two reports (sent every 500 ms) that always counts as played:
 * room for 2× speed and a late report. A longer step is a seek and adds nothing…
 */
export const MAX_PLAY_STEP_SECONDS = 2.5;

/**
 * …unless as much time really went by: a tab in the background gets its timers slowed down to
 * once a minute, and a learner listening there must still be credited. The fastest speed
 * PeerTube offers is 2×.
 */
export const MAX_PLAYBACK_RATE = 2;

/** What the tracker remembers between reports. */
export interface WatchState {
	/** Position of the previous report, null before the first one. */
	last: number | null;
	/** When the previous report arrived (ms). */
	lastAt: number | null;
	/** Played this visit (plus what was restored), normalized. */
	intervals: Interval[];
}

/** The tracker before any report, starting from stored intervals. */
export function initialWatch(intervals: readonly Interval[] = []): WatchState {
	return { last: null, lastAt: null, intervals: capIntervals(intervals) };
}

/** Longest step that counts after `elapsedMs` between two reports. */
export function maxPlayStep(elapsedMs: number): number {
	return Math.max(MAX_PLAY_STEP_SECONDS, (elapsedMs / 1000) * MAX_PLAYBACK_RATE + 0.5);
}

/**
 * The tracker after one report arriving at `at` (ms): the step since the previous report counts
 * if the video was playing and the step is no longer than playback could have gone.
 */
export function trackPlayback(state: WatchState, status: PlaybackStatus, at: number): WatchState {
	const { last, lastAt } = state;
	const step = last === null ? 0 : status.position - last;
	const playing = status.state === 'playing' || status.state === 'ended';
	const limit = maxPlayStep(lastAt === null ? 0 : at - lastAt);
	const next = { last: status.position, lastAt: at };
	if (playing && last !== null && step > 0 && step <= limit) {
		return {
			...next,
			intervals: capIntervals(unionIntervals(state.intervals, [[last, status.position]]))
		};
	}
	return { ...next, intervals: state.intervals };
}
