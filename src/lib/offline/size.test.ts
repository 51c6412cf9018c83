import { describe, expect, it } from 'vitest';
import { formatSize } from './size';

describe('formatSize', () => {
	it.each([
		[200, '1\u00a0Ko'],
		[72_979, '73\u00a0Ko'],
		[1_234_567, '1,2\u00a0Mo'],
		[23_456_789, '23\u00a0Mo']
	])('%d bytes → %s', (bytes, text) => {
		expect(formatSize(bytes)).toBe(text);
	});
});
