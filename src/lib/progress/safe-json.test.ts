import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan, parseJsonSafely } from './safe-json';

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

	it('refuses 100,000 levels of nesting as too deep, not as a syntax error', () => {
		const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
		expect(parseJsonSafely(deep)).toEqual({ ok: false, reason: 'too-deep', depth: MAX_JSON_DEPTH });
		const deepObjects = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
		expect(parseJsonSafely(deepObjects)).toMatchObject({ ok: false, reason: 'too-deep' });
	});

	it('measures depth outside strings only', () => {
		// A quoted backslash, then brackets inside and outside strings.
		expect(nestsDeeperThan('[[["[[[[\\\\"]]]', 3)).toBe(false);
		expect(nestsDeeperThan('["\\\\", "\\"[", [[[1]]]]', 3)).toBe(true);
		const atLimit = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
		expect(parseJsonSafely(atLimit).ok).toBe(true);
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
