import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonSafely } from './safe-json';

describe('parseJsonSafely', () => {
	it('parses ordinary JSON', () => {
		expect(parseJsonSafely('{"a":[1,{"b":null}]}')).toEqual({
			ok: true,
			value: { a: [1, { b: null }] }
		});
	});

	it.each(['__proto__', 'constructor', 'prototype'])('refuses a nested %s key', (key) => {
		const text = `{"modules":[{"slug":"x","${key}":{"polluted":true}}]}`;
		expect(parseJsonSafely(text)).toEqual({ ok: false, reason: 'forbidden-key', key });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('reports syntax errors', () => {
		expect(parseJsonSafely('{"a":')).toMatchObject({ ok: false, reason: 'syntax' });
	});

	it('agrees with JSON.parse on any JSON without forbidden keys', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const text = JSON.stringify(value);
				const hasForbidden = /"(__proto__|constructor|prototype)":/.test(text);
				const result = parseJsonSafely(text);
				if (hasForbidden) expect(result.ok).toBe(false);
				else expect(result).toEqual({ ok: true, value: JSON.parse(text) });
			})
		);
	});
});
