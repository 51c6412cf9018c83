import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeIntervals, unionIntervals, type Interval } from '../video/intervals';
import { exportVideo, mergeVideo, savedVideo } from './video-progress';
import type { VideoRecord } from './video-records';

const DURATION = 300;
const interval = fc
	.tuple(fc.integer({ min: 0, max: 290 }), fc.integer({ min: 1, max: 60 }))
	.map(([start, length]): [number, number] => [start, Math.min(DURATION, start + length)]);
const day = fc
	.integer({ min: 1, max: 27 })
	.map((d) => `2026-11-${String(d).padStart(2, '0')}T10:00:00.000Z`);
const record: fc.Arbitrary<VideoRecord> = fc
	.record({
		intervals: fc.array(interval, { maxLength: 12 }),
		position: fc.integer({ min: 0, max: DURATION }),
		watchedAt: fc.option(day, { nil: null }),
		updatedAt: day
	})
	.map((r) => ({
		slug: 'm',
		duration: DURATION,
		watchedPercent: 90,
		...r,
		intervals: normalizeIntervals(r.intervals) as [number, number][]
	}));

describe('merging an imported video', () => {
	it('joins the intervals whatever the order, and importing twice changes nothing more', () => {
		fc.assert(
			fc.property(record, record, (a, b) => {
				const ab = mergeVideo(a, exportVideo(b), 'm');
				const ba = mergeVideo(b, exportVideo(a), 'm');
				expect(ab.intervals).toEqual(ba.intervals);
				expect(ab.intervals).toEqual(unionIntervals(a.intervals, b.intervals));
				expect(mergeVideo(ab, exportVideo(b), 'm')).toEqual(ab);
			})
		);
	});

	it('keeps the earliest "watched" date and the position of the latest save', () => {
		fc.assert(
			fc.property(record, record, (a, b) => {
				const merged = mergeVideo(a, exportVideo(b), 'm');
				const dates = [a.watchedAt, b.watchedAt].filter((d): d is string => d !== null).sort();
				if (dates.length > 0) expect(merged.watchedAt).toBe(dates[0]);
				const newer = Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a;
				expect(merged.position).toBe(newer.position);
			})
		);
	});

	it('counts as watched when only the union reaches the threshold', () => {
		const half = (intervals: Interval[], updatedAt: string): VideoRecord => ({
			slug: 'm',
			duration: 100,
			intervals: intervals as [number, number][],
			position: 0,
			watchedPercent: 90,
			watchedAt: null,
			updatedAt
		});
		const merged = mergeVideo(
			half([[0, 50]], '2026-11-01T10:00:00.000Z'),
			exportVideo(half([[45, 95]], '2026-11-02T10:00:00.000Z')),
			'm'
		);
		expect(merged.watchedAt).toBe('2026-11-02T10:00:00.000Z');
	});
});

describe('saving playback', () => {
	it('never loses what was stored, whatever a tab sends', () => {
		fc.assert(
			fc.property(record, fc.array(interval, { maxLength: 5 }), (stored, sent) => {
				const next = savedVideo(
					stored,
					'm',
					{ duration: DURATION, intervals: sent, position: 0, watchedPercent: 90 },
					'2026-11-28T10:00:00.000Z'
				);
				expect(next.intervals).toEqual(unionIntervals(stored.intervals, sent));
				if (stored.watchedAt) expect(next.watchedAt).toBe(stored.watchedAt);
			})
		);
	});
});
