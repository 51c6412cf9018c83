import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTimecode, parseTimecode } from './timecode';

describe('timecodes', () => {
	it('reads m:ss and h:mm:ss as authors write them', () => {
		expect(parseTimecode('1:42')).toBe(102);
		expect(parseTimecode('0:00')).toBe(0);
		expect(parseTimecode(' 12:05 ')).toBe(725);
		expect(parseTimecode('1:02:03')).toBe(3723);
	});

	it('refuses what is not a time', () => {
		for (const text of ['', '1:5', '1:60', '90', '1m42', '1:42:', 'a:bc', '1:60:00', '-1:00']) {
			expect(parseTimecode(text), text).toBeUndefined();
		}
	});

	it('formats whole seconds and reads back what it writes', () => {
		expect(formatTimecode(190.9)).toBe('3:10');
		expect(formatTimecode(3723)).toBe('1:02:03');
		expect(formatTimecode(Number.NaN)).toBe('0:00');
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 86_399 }), (seconds) => {
				expect(parseTimecode(formatTimecode(seconds))).toBe(seconds);
			})
		);
	});
});
