/**
 * Password and passphrase generators. Randomness comes from crypto.getRandomValues through
 * rejection sampling (no modulo bias); nothing generated is stored.
 */
import {
	checkPassphraseOptions,
	checkPasswordOptions,
	type PassphraseOptions,
	type PasswordOptions
} from './generator-options';
import type { CharClass } from './rules';

/** A source of uniform random indexes in [0, n). */
export interface RandomSource {
	index(n: number): number;
}

/** Fills an array with uniform 32-bit values (crypto.getRandomValues or a seeded test PRNG). */
export type Fill32 = (array: Uint32Array) => void;

const TWO_32 = 2 ** 32;

/** Uniform indexes from 32-bit words: values at or above the largest multiple of n are redrawn. */
export function rejectionSampler(fill: Fill32, bufferSize = 64): RandomSource {
	const buffer = new Uint32Array(bufferSize);
	let next = bufferSize;
	const word = (): number => {
		if (next >= bufferSize) {
			fill(buffer);
			next = 0;
		}
		return buffer[next++]!;
	};
	return {
		index(n: number): number {
			if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`n invalide : ${n}`);
			const limit = TWO_32 - (TWO_32 % n);
			for (;;) {
				const value = word();
				if (value < limit) return value % n;
			}
		}
	};
}

/** The browser's (or Node's) cryptographic generator. */
export function cryptoRandom(): RandomSource {
	return rejectionSampler((array) => globalThis.crypto.getRandomValues(array));
}

/**
 * Alphabets of the generator. Specials are the 32 printable ASCII punctuation signs (no space, no
 * accented or non-ASCII sign): some services reject them, and the bits shown are computed on this
 * exact alphabet, not on CNIL's nominal 37.
 */
export const GENERATOR_ALPHABETS: Readonly<Record<CharClass, string>> = {
	lowercase: 'abcdefghijklmnopqrstuvwxyz',
	uppercase: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
	digit: '0123456789',
	special: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
};

/** The chosen classes, or a RangeError with the validator's message. */
function validPasswordClasses(options: PasswordOptions) {
	const checked = checkPasswordOptions(options);
	if (!checked.ok) throw new RangeError(checked.message);
	return checked.value;
}

/**
 * Random password: each character uniform over the chosen alphabets, the whole password redrawn
 * until every chosen class appears, so the result is uniform over all qualifying passwords.
 */
export function generatePassword(options: PasswordOptions, random = cryptoRandom()): string {
	const classes = validPasswordClasses(options);
	const alphabet = classes.map((c) => GENERATOR_ALPHABETS[c]).join('');
	for (;;) {
		let password = '';
		for (let i = 0; i < options.length; i++) password += alphabet[random.index(alphabet.length)];
		if (classes.every((c) => [...GENERATOR_ALPHABETS[c]].some((ch) => password.includes(ch)))) {
			return password;
		}
	}
}

/** Number of strings of `length` over `alphabetSize` symbols containing every group in `groups`. */
export function countCovering(
	length: number,
	alphabetSize: number,
	groups: readonly number[]
): bigint {
	let total = 0n;
	const subsets = 1 << groups.length;
	for (let mask = 0; mask < subsets; mask++) {
		let removed = 0;
		let bits = 0;
		groups.forEach((size, i) => {
			if (mask & (1 << i)) {
				removed += size;
				bits += 1;
			}
		});
		const term = BigInt(alphabetSize - removed) ** BigInt(length);
		total += bits % 2 === 0 ? term : -term;
	}
	return total;
}

/** log2 of a (possibly huge) positive BigInt, to double precision. */
export function log2BigInt(value: bigint): number {
	if (value <= 0n) return Number.NEGATIVE_INFINITY;
	const bitLength = value.toString(2).length;
	const shift = Math.max(0, bitLength - 53);
	return Math.log2(Number(value >> BigInt(shift))) + shift;
}

/** Exact entropy of generatePassword's output: log2 of the number of qualifying passwords. */
export function passwordBits(options: PasswordOptions): number {
	const classes = validPasswordClasses(options);
	const sizes = classes.map((c) => GENERATOR_ALPHABETS[c].length);
	const alphabet = sizes.reduce((a, b) => a + b, 0);
	return log2BigInt(countCovering(options.length, alphabet, sizes));
}

/** Passphrase of words drawn uniformly (with replacement) from `list`. */
export function generatePassphrase(
	list: readonly string[],
	options: PassphraseOptions,
	random = cryptoRandom()
): string {
	const checked = checkPassphraseOptions(options);
	if (!checked.ok) throw new RangeError(checked.message);
	if (list.length < 2) throw new RangeError('Liste de mots trop courte.');
	const words = Array.from({ length: options.words }, () => list[random.index(list.length)]!);
	const shaped = options.capitalize
		? words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
		: words;
	if (options.digit) {
		const at = random.index(shaped.length);
		shaped[at] = `${shaped[at]}${random.index(10)}`;
	}
	return shaped.join(options.separator);
}

/** Entropy of generatePassphrase: words × log2(list size), plus log2(10 × words) for the digit. */
export function passphraseBits(listSize: number, options: PassphraseOptions): number {
	const words = options.words * Math.log2(listSize);
	return options.digit ? words + Math.log2(10 * options.words) : words;
}
