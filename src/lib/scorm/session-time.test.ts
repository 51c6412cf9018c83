import { describe, expect, it } from 'vitest';
import { scormTimeOfDay, scormTimespan } from './session-time';

describe('scormTimespan', () => {
	it.each([
		[0, '0000:00:00.00'],
		[1234, '0000:00:01.23'],
		[61_005, '0000:01:01.00'],
		[3_600_000 * 27 + 60_000 * 3 + 4_560, '0027:03:04.56'],
		[-5, '0000:00:00.00'],
		[Number.NaN, '0000:00:00.00'],
		[3_600_000 * 20_000, '9999:59:59.99']
	])('%d ms is %s', (ms, expected) => {
		expect(scormTimespan(ms)).toBe(expected);
	});

	it('matches CMITimespan as SCORM 1.2 defines it', () => {
		for (const ms of [0, 999, 59_999, 3_599_999, 123_456_789]) {
			expect(scormTimespan(ms)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
		}
	});
});

describe('scormTimeOfDay', () => {
	it('is HH:MM:SS in local time', () => {
		expect(scormTimeOfDay(new Date(2026, 11, 3, 9, 5, 7))).toBe('09:05:07');
	});
});
