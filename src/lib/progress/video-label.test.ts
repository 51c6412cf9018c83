import { describe, expect, it } from 'vitest';
import { videoLabel } from './labels';
import type { VideoSummary } from './video-records';

const measured = (percent: number, watched = false): VideoSummary => ({
	percent,
	watched,
	watchedAt: watched ? '2026-11-28T10:00:00.000Z' : null,
	position: 0,
	duration: 100,
	intervals: []
});

describe('videoLabel', () => {
	it('says what was measured, or that the learner ticked the box', () => {
		expect(videoLabel({ videoWatched: false, video: measured(64) })).toBe('Vidéo vue à 64\u00a0%');
		expect(videoLabel({ videoWatched: false, video: measured(92, true) })).toBe('Vidéo vue');
		expect(videoLabel({ videoWatched: true, video: measured(64) })).toBe('Vidéo cochée comme vue');
		expect(videoLabel({ videoWatched: true, video: measured(95, true) })).toBe('Vidéo vue');
		expect(videoLabel({ videoWatched: false, video: measured(0) })).toBeNull();
		expect(videoLabel({ videoWatched: false })).toBeNull();
	});
});
