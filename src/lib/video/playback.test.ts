import { describe, expect, it } from 'vitest';
import { coveredSeconds } from './intervals';
import { initialWatch, trackPlayback, type PlaybackStatus, type WatchState } from './playback';

const report = (position: number, state: PlaybackStatus['state'] = 'playing'): PlaybackStatus => ({
	position,
	duration: 100,
	state
});

function play(
	positions: number[],
	state: PlaybackStatus['state'] = 'playing',
	from = initialWatch()
) {
	// Reports every half second, as PeerTube sends them.
	return positions.reduce<WatchState>(
		(watch, p, i) => trackPlayback(watch, report(p, state), i * 500),
		from
	);
}

describe('trackPlayback', () => {
	it('counts continuous playback, reported every half second', () => {
		const watch = play([0, 0.5, 1, 1.5, 2, 2.5, 3]);
		expect(watch.intervals).toEqual([[0, 3]]);
	});

	it('does not count a seek ahead: playing 30 % then jumping to the end adds nothing between', () => {
		const positions = Array.from({ length: 61 }, (_, i) => i * 0.5); // 0 → 30 s
		const watch = play([...positions, 99, 99.5, 100]);
		expect(watch.intervals).toEqual([
			[0, 30],
			[99, 100]
		]);
		expect(coveredSeconds(watch.intervals, 100)).toBe(31);
	});

	it('does not count time while paused or before starting, nor a seek back', () => {
		expect(play([0, 0.5, 1], 'paused').intervals).toEqual([]);
		expect(play([0, 0.5, 1], 'unstarted').intervals).toEqual([]);
		expect(play([10, 10.5, 4, 4.5]).intervals).toEqual([
			[4, 4.5],
			[10, 10.5]
		]);
	});

	it('credits a tab in the background, whose reports come a minute apart, but not a jump', () => {
		let watch = trackPlayback(initialWatch(), report(0), 0);
		watch = trackPlayback(watch, report(60), 60_000);
		watch = trackPlayback(watch, report(120), 120_000);
		expect(watch.intervals).toEqual([[0, 120]]);
		// 60 s ahead half a second later: a seek, not playback.
		expect(trackPlayback(watch, report(180), 120_500).intervals).toEqual([[0, 120]]);
	});

	it('counts the last step to the end when the state says "ended"', () => {
		const watch = trackPlayback(play([99, 99.5]), report(100, 'ended'), 2000);
		expect(watch.intervals).toEqual([[99, 100]]);
	});

	it('adds to restored intervals without counting twice', () => {
		const watch = play([5, 5.5, 6, 6.5], 'playing', initialWatch([[0, 6]]));
		expect(watch.intervals).toEqual([[0, 6.5]]);
	});
});
