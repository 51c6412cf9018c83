import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, fnv1a64 } from './hash';

describe('content hash', () => {
	it('matches the FNV-1a 64 reference values', () => {
		expect(fnv1a64('')).toBe('cbf29ce484222325');
		expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
		expect(fnv1a64('foobar')).toBe('85944171f73967e8');
	});

	it('ignores key order but not content', () => {
		expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
		expect(contentHash({ a: 1, b: 'x' })).toBe(contentHash({ b: 'x', a: 1 }));
		expect(contentHash({ a: 1, b: 'x' })).not.toBe(contentHash({ a: 1, b: 'y' }));
		expect(contentHash({ a: 'é' })).not.toBe(contentHash({ a: 'e' }));
	});
});

describe('fnv1a64 on the published FNV-1a 64 test vectors', () => {
	it.each([
		['', 'cbf29ce484222325'],
		['a', 'af63dc4c8601ec8c'],
		['foobar', '85944171f73967e8']
	])('%j → %s', (text, expected) => {
		expect(fnv1a64(text)).toBe(expected);
	});
});
