import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	capIntervals,
	coveredSeconds,
	normalizeIntervals,
	reachesThreshold,
	unionIntervals,
	watchedPercent,
	type Interval
} from './intervals';

const DURATION = 600;
const interval = fc
	.tuple(
		fc.double({ min: -10, max: 700, noNaN: true }),
		fc.double({ min: 0, max: 60, noNaN: true })
	)
	.map(([start, length]): Interval => [start, start + length]);
const list = fc.array(interval, { maxLength: 30 });

/** True when a point lies in one of the intervals (the set meaning of a list). */
const covers = (intervals: readonly Interval[], point: number) =>
	intervals.some(([start, end]) => start <= point && point < end);

describe('normalizeIntervals', () => {
	it('merges overlapping and touching intervals, drops empty ones, sorts', () => {
		expect(
			normalizeIntervals([
				[10, 20],
				[0, 5],
				[5, 8],
				[15, 30],
				[40, 40],
				[-3, 1]
			])
		).toEqual([
			[0, 8],
			[10, 30]
		]);
	});

	it('gives sorted, disjoint, non-empty intervals holding the same points', () => {
		fc.assert(
			fc.property(list, fc.double({ min: 0, max: 760, noNaN: true }), (input, point) => {
				const output = normalizeIntervals(input);
				output.forEach(([start, end], i) => {
					expect(start).toBeLessThan(end);
					if (i > 0) expect(output[i - 1]![1]).toBeLessThan(start);
				});
				expect(covers(output, point)).toBe(covers(input, point));
			})
		);
	});
});

describe('unionIntervals', () => {
	it('is commutative, associative and idempotent (tabs and imports merge in any order)', () => {
		fc.assert(
			fc.property(list, list, list, (a, b, c) => {
				expect(unionIntervals(a, b)).toEqual(unionIntervals(b, a));
				expect(unionIntervals(unionIntervals(a, b), c)).toEqual(
					unionIntervals(a, unionIntervals(b, c))
				);
				expect(unionIntervals(a, a)).toEqual(normalizeIntervals(a));
			})
		);
	});

	it('covers at least as much as each side and at most both together', () => {
		fc.assert(
			fc.property(list, list, (a, b) => {
				const union = coveredSeconds(unionIntervals(a, b), DURATION);
				const left = coveredSeconds(a, DURATION);
				const right = coveredSeconds(b, DURATION);
				expect(union).toBeGreaterThanOrEqual(Math.max(left, right) - 1e-6);
				expect(union).toBeLessThanOrEqual(left + right + 1e-6);
			})
		);
	});

	it('merging a session split across two tabs gives the whole session', () => {
		fc.assert(
			fc.property(list, fc.array(fc.boolean(), { maxLength: 30 }), (session, sides) => {
				const tabA = session.filter((_, i) => sides[i]);
				const tabB = session.filter((_, i) => !sides[i]);
				expect(unionIntervals(tabA, tabB)).toEqual(normalizeIntervals(session));
			})
		);
	});
});

describe('coverage', () => {
	it('counts only what lies within the video, once', () => {
		expect(
			coveredSeconds(
				[
					[-5, 10],
					[5, 15],
					[590, 700]
				],
				DURATION
			)
		).toBe(25);
		expect(coveredSeconds([[0, 10]], 0)).toBe(0);
	});

	it('is between 0 and the duration', () => {
		fc.assert(
			fc.property(list, (a) => {
				const seconds = coveredSeconds(a, DURATION);
				expect(seconds).toBeGreaterThanOrEqual(0);
				expect(seconds).toBeLessThanOrEqual(DURATION + 1e-9);
			})
		);
	});

	it('rounds the percentage down and compares with the threshold', () => {
		expect(watchedPercent([[0, 599]], DURATION)).toBe(99);
		expect(watchedPercent([[0, 600]], DURATION)).toBe(100);
		expect(reachesThreshold([[0, 540]], DURATION, 90)).toBe(true);
		expect(reachesThreshold([[0, 539]], DURATION, 90)).toBe(false);
		expect(reachesThreshold([[0, 10]], 0, 90)).toBe(false);
	});
});

describe('capIntervals', () => {
	it('keeps the longest intervals when there are too many, never adding coverage', () => {
		fc.assert(
			fc.property(list, fc.integer({ min: 1, max: 10 }), (a, max) => {
				const capped = capIntervals(a, max);
				expect(capped.length).toBeLessThanOrEqual(max);
				expect(coveredSeconds(capped, DURATION)).toBeLessThanOrEqual(
					coveredSeconds(a, DURATION) + 1e-6
				);
			})
		);
		expect(
			capIntervals(
				[
					[0, 1],
					[2, 10],
					[20, 22]
				],
				2
			)
		).toEqual([
			[2, 10],
			[20, 22]
		]);
	});
});
