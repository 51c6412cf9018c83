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
 * Largest forward step between two reports (sent every 500 ms) that still counts as played:
 * room for 2× speed and a late report. A longer step is a seek and adds nothing.
 */
export const MAX_PLAY_STEP_SECONDS = 2.5;

/** What the tracker remembers between reports. */
export interface WatchState {
	/** Position of the previous report, null before the first one. */
	last: number | null;
	/** Played this visit (plus what was restored), normalized. */
	intervals: Interval[];
}

/** The tracker before any report, starting from stored intervals. */
export function initialWatch(intervals: readonly Interval[] = []): WatchState {
	return { last: null, intervals: capIntervals(intervals) };
}

/** The tracker after one report: the step since the previous one counts if it was playback. */
export function trackPlayback(state: WatchState, status: PlaybackStatus): WatchState {
	const { last } = state;
	const step = last === null ? 0 : status.position - last;
	const playing = status.state === 'playing' || status.state === 'ended';
	if (playing && last !== null && step > 0 && step <= MAX_PLAY_STEP_SECONDS) {
		return {
			last: status.position,
			intervals: capIntervals(unionIntervals(state.intervals, [[last, status.position]]))
		};
	}
	return { last: status.position, intervals: state.intervals };
}
