import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	countCovering,
	cryptoRandom,
	GENERATOR_ALPHABETS,
	generatePassphrase,
	generatePassword,
	log2BigInt,
	passphraseBits,
	passwordBits,
	rejectionSampler,
	type Fill32,
	type RandomSource
} from './generate';
import { CLASS_ORDER, type PasswordOptions } from './generator-options';
import { checkPasswordRules, classifyGrapheme, type CharClass } from './rules';

/** sfc32: a small seeded PRNG, so that the statistical tests are deterministic. */
function seededFill(seed: number): Fill32 {
	let a = 0x9e3779b9;
	let b = 0x243f6a88;
	let c = 0xb7e15162;
	let d = seed >>> 0;
	const next = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return t >>> 0;
	};
	for (let i = 0; i < 15; i++) next();
	return (array) => {
		for (let i = 0; i < array.length; i++) array[i] = next();
	};
}

/** The classic mistake: `byte % n` (values below 256 % n come up more often). */
function moduloBiased(seed: number): RandomSource {
	const fill = seededFill(seed);
	const one = new Uint32Array(1);
	return {
		index(n) {
			fill(one);
			return (one[0]! & 0xff) % n;
		}
	};
}

/** Another classic mistake: force one character of each class at the start, then fill. */
function forcedClasses(options: PasswordOptions, random: RandomSource): string {
	const alphabet = options.classes.map((c) => GENERATOR_ALPHABETS[c]).join('');
	let out = '';
	for (const c of options.classes)
		out += GENERATOR_ALPHABETS[c][random.index(GENERATOR_ALPHABETS[c].length)];
	while (out.length < options.length) out += alphabet[random.index(alphabet.length)];
	return out;
}

/** Pearson's statistic against expected probabilities. */
function chiSquare(observed: number[], expected: number[], total: number): number {
	return observed.reduce((sum, o, i) => {
		const e = expected[i]! * total;
		return sum + ((o - e) * (o - e)) / e;
	}, 0);
}

/** Critical value at p = 0.001 (Wilson–Hilferty approximation). */
function critical(df: number): number {
	const z = 3.0902;
	const k = 2 / (9 * df);
	return df * (1 - k + z * Math.sqrt(k)) ** 3;
}

const ALL: PasswordOptions = { length: 12, classes: CLASS_ORDER };
const ALPHABET = CLASS_ORDER.map((c) => GENERATOR_ALPHABETS[c]).join('');

/**
 * Exact probability of each character at one position, given that the password is redrawn until
 * every class appears: P(x) = cover(L−1, classes other than x's) / cover(L, all classes).
 */
function expectedProbabilities(length: number): number[] {
	const sizes = CLASS_ORDER.map((c) => GENERATOR_ALPHABETS[c].length);
	const n = ALPHABET.length;
	const all = countCovering(length, n, sizes);
	const perClass = CLASS_ORDER.map((_, i) => {
		const others = sizes.filter((_, j) => j !== i);
		const num = countCovering(length - 1, n, others);
		return 2 ** (log2BigInt(num) - log2BigInt(all));
	});
	return [...ALPHABET].map(
		(ch) => perClass[CLASS_ORDER.findIndex((c) => GENERATOR_ALPHABETS[c].includes(ch))]!
	);
}

/** Chi-square of the character frequencies at `position` over `samples` passwords. */
function positionalChiSquare(make: () => string, position: number, samples: number) {
	const counts = new Array<number>(ALPHABET.length).fill(0);
	for (let i = 0; i < samples; i++) counts[ALPHABET.indexOf(make()[position]!)]! += 1;
	return chiSquare(counts, expectedProbabilities(12), samples);
}

describe('rejection sampling', () => {
	it('never returns an index out of range and rejects the biased tail', () => {
		// 2^32 − 1 is above the largest multiple of 3 below 2^32, so it must be redrawn.
		const values = [0xffffffff, 5];
		const source = rejectionSampler((array) => {
			for (let i = 0; i < array.length; i++) array[i] = values.shift() ?? 1;
		}, 1);
		expect(source.index(3)).toBe(2);
	});

	it('works with the real crypto source', () => {
		const random = cryptoRandom();
		for (let i = 0; i < 1000; i++) {
			const v = random.index(94);
			expect(v).toBeGreaterThanOrEqual(0);
			expect(v).toBeLessThan(94);
		}
	});
});

describe('generatePassword (properties)', () => {
	it('has the requested length, every chosen class and no other', () => {
		const classSet = fc.subarray([...CLASS_ORDER], { minLength: 1 });
		fc.assert(
			fc.property(fc.integer({ min: 12, max: 64 }), classSet, (length, classes) => {
				const password = generatePassword({ length, classes });
				const report = checkPasswordRules(password);
				expect(report.length).toBe(length);
				for (const c of CLASS_ORDER) expect(report.classes[c], c).toBe(classes.includes(c));
				if (classes.length === 4) expect(report.verdicts['cnil-12-4']).toBe(true);
				if (
					length >= 14 &&
					['lowercase', 'uppercase', 'digit'].every((c) => classes.includes(c as CharClass))
				)
					expect(report.verdicts['cnil-14-3']).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('rejects impossible options', () => {
		expect(() => generatePassword({ length: 11, classes: CLASS_ORDER })).toThrow(RangeError);
		expect(() => generatePassword({ length: 65, classes: CLASS_ORDER })).toThrow(RangeError);
		expect(() => generatePassword({ length: 12, classes: [] })).toThrow(RangeError);
	});

	it('uses 94 ASCII characters, 32 of them special', () => {
		expect(ALPHABET).toHaveLength(94);
		expect(new Set(ALPHABET).size).toBe(94);
		for (const ch of GENERATOR_ALPHABETS.special) expect(classifyGrapheme(ch)).toBe('special');
	});

	it('reports exact bits, a little below L × log2(N) because of the redraw', () => {
		const bits = passwordBits(ALL);
		expect(bits).toBeLessThan(12 * Math.log2(94));
		expect(bits).toBeGreaterThan(12 * Math.log2(94) - 1);
		expect(passwordBits({ length: 16, classes: ['lowercase'] })).toBeCloseTo(16 * Math.log2(26), 9);
		expect(countCovering(2, 2, [1, 1])).toBe(2n); // "ab" and "ba"
	});
});

describe('generatePassword — chi-square on character frequencies', () => {
	const SAMPLES = 40_000;
	const df = ALPHABET.length - 1;

	it('the generator passes at p = 0.001 (fixed seed), at the first and last position', () => {
		const random = rejectionSampler(seededFill(42));
		const make = () => generatePassword(ALL, random);
		expect(positionalChiSquare(make, 0, SAMPLES)).toBeLessThan(critical(df));
		expect(positionalChiSquare(make, 11, SAMPLES)).toBeLessThan(critical(df));
	});

	it('fails for a modulo-biased generator (the test can fail)', () => {
		const random = moduloBiased(42);
		const make = () => generatePassword(ALL, random);
		expect(positionalChiSquare(make, 5, SAMPLES)).toBeGreaterThan(critical(df));
	});

	it('fails for a generator that forces one character per class at the start', () => {
		const random = rejectionSampler(seededFill(7));
		const make = () => forcedClasses(ALL, random);
		expect(positionalChiSquare(make, 0, SAMPLES)).toBeGreaterThan(critical(df));
	});
});

describe('generatePassphrase', () => {
	const list = ['maison', 'jardin', 'soleil', 'table', 'cheval', 'lune', 'pomme', 'livre'];

	it('always meets CNIL example 3 and shapes words as asked (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 7, max: 12 }),
				fc.constantFrom('-', ' ', '.', '_'),
				fc.boolean(),
				fc.boolean(),
				(words, separator, capitalize, digit) => {
					const phrase = generatePassphrase(list, { words, separator, capitalize, digit });
					const report = checkPasswordRules(phrase);
					expect(report.wordCount).toBe(words);
					expect(report.verdicts['cnil-passphrase']).toBe(true);
					expect(report.classes.uppercase).toBe(capitalize);
					expect(report.classes.digit).toBe(digit);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('refuses fewer than 7 words and letter separators', () => {
		const base = { separator: '-', capitalize: false, digit: false };
		expect(() => generatePassphrase(list, { ...base, words: 6 })).toThrow(RangeError);
		expect(() => generatePassphrase(list, { ...base, words: 7, separator: 'x' })).toThrow(
			RangeError
		);
	});

	it('draws words uniformly (chi-square, fixed seed)', () => {
		const random = rejectionSampler(seededFill(3));
		const counts = new Array<number>(list.length).fill(0);
		const options = { words: 7, separator: '-', capitalize: false, digit: false };
		for (let i = 0; i < 5000; i++) {
			for (const w of generatePassphrase(list, options, random).split('-'))
				counts[list.indexOf(w)]! += 1;
		}
		const expected = new Array<number>(list.length).fill(1 / list.length);
		expect(chiSquare(counts, expected, 35_000)).toBeLessThan(critical(list.length - 1));
	});

	it('states its bits: 7 × 12 = 84 with 4,096 words, more with a digit', () => {
		const options = { words: 7, separator: '-', capitalize: true, digit: false };
		expect(passphraseBits(4096, options)).toBeCloseTo(84, 9);
		expect(passphraseBits(2757, options)).toBeGreaterThanOrEqual(80);
		expect(passphraseBits(2048, options)).toBeLessThan(80);
		expect(passphraseBits(4096, { ...options, digit: true })).toBeCloseTo(84 + Math.log2(70), 9);
	});
});
