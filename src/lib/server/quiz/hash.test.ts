import fc from 'fast-check';
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

describe('fnv1a64 gives what stored quiz hashes were made with', () => {
	// The first implementation, kept as the reference: BigInt over TextEncoder's UTF-8.
	function reference(text: string): string {
		let hash = 0xcbf29ce484222325n;
		for (const byte of new TextEncoder().encode(text)) {
			hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
		}
		return hash.toString(16).padStart(16, '0');
	}

	// Any UTF-16 text: ASCII, accents, emoji (surrogate pairs) and lone surrogates.
	const codeUnit = fc.oneof(
		fc.integer({ min: 0, max: 0x7f }),
		fc.integer({ min: 0x80, max: 0x7ff }),
		fc.integer({ min: 0x800, max: 0xffff }),
		fc.integer({ min: 0xd800, max: 0xdfff })
	);
	const text = fc.oneof(
		fc.array(codeUnit, { maxLength: 40 }).map((units) => String.fromCharCode(...units)),
		fc.string({ unit: 'binary', maxLength: 40 })
	);

	it('on any text', () => {
		fc.assert(
			fc.property(text, (value) => {
				expect(fnv1a64(value)).toBe(reference(value));
			}),
			{ numRuns: 2000 }
		);
	});

	it('on a real quiz’s canonical text', () => {
		const quiz = { slug: 'messagerie-académique', quiz: { title: 'Réussir « ça » 🎓', n: [1, 2] } };
		expect(fnv1a64(canonicalJson(quiz))).toBe(reference(canonicalJson(quiz)));
	});
});

describe('canonicalJson keeps the text that stored quiz hashes were made from', () => {
	// The first implementation, kept as the reference: a change of output would change every quiz's
	// hash and make learners' saved attempts look outdated.
	function reference(value: unknown): string {
		if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
		if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, item]) => item !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${reference(item)}`).join(',')}}`;
	}

	it('on any JSON value, with undefined members', () => {
		fc.assert(
			fc.property(
				fc.anything({ values: [fc.string(), fc.integer(), fc.constant(undefined), fc.boolean()] }),
				(value) => {
					expect(canonicalJson(value)).toBe(reference(value));
				}
			),
			{ numRuns: 500 }
		);
	});
});
