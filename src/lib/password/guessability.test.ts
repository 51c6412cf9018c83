import { beforeAll, describe, expect, it } from 'vitest';
import { explainGuessability, isEasyToGuess } from './explain';
import {
	capForAnalysis,
	estimateGuessability,
	findingsOf,
	loadZxcvbn,
	MAX_ANALYSED_UNITS,
	type GuessabilityResult
} from './guessability';
import { meetsCnilRule } from './rules';
import { buildUserInputs } from './user-inputs';
import {
	TRADE_PASSWORDS,
	WEAK_BUT_COMPLIANT
} from '../../../tests/fixtures/password/weak-but-compliant';
import { generatePassphrase, generatePassword, rejectionSampler } from './generate';
import { CLASS_ORDER } from './generator-options';
import words from './passphrase-words.json';

let check: Awaited<ReturnType<typeof loadZxcvbn>>;
let id = 0;
const estimate = (password: string, personal: string[] = []): GuessabilityResult =>
	estimateGuessability(check, { id: ++id, password, userInputs: buildUserInputs(personal) });

beforeAll(async () => {
	check = await loadZxcvbn();
}, 30_000);

describe('guessability (zxcvbn-ts, French dictionaries)', () => {
	it.each(WEAK_BUT_COMPLIANT)('flags %s: compliant, yet easy to guess', (password) => {
		expect(meetsCnilRule(password)).toBe(true);
		const result = estimate(password);
		expect(isEasyToGuess(result)).toBe(true);
		expect(explainGuessability(result, true)).toMatch(
			/^Respecte la règle de la CNIL, mais se devine en .+/
		);
	});

	it('explains Bonjour2024! as a common word followed by a year', () => {
		const result = estimate('Bonjour2024!');
		expect(result.findings).toEqual(['common-word', 'year']);
		expect(explainGuessability(result, true)).toContain('il contient un mot courant et une année');
	});

	it('gives NFC and NFD input the same score', () => {
		const nfc = estimate('Académie2024!'.normalize('NFC'));
		const nfd = estimate('Académie2024!'.normalize('NFD'));
		expect(nfd.guessesLog10).toBe(nfc.guessesLog10);
	});

	it('keeps the weaker of the accented and accent-free forms', () => {
		const result = estimate('Rectorât2024!');
		expect(result.accentFreeWeaker).toBe(true);
		expect(result.findings).toContain('school-word');
	});

	it('spots the learner’s own words', () => {
		const without = estimate('Dupontel1975!');
		const withName = estimate('Dupontel1975!', ['Jean Dupontel']);
		expect(withName.guessesLog10).toBeLessThan(without.guessesLog10);
		expect(withName.findings[0]).toBe('user-input');
	});

	it('rates a long random password as hard to guess', () => {
		const result = estimate('v7#Qm!2pLz$9wXa');
		expect(result.score).toBe(4);
		expect(explainGuessability(result, true)).toBe(
			'Respecte la règle de la CNIL et résiste aux essais courants.'
		);
	});

	it('caps the analysed length and says so', () => {
		const long = 'Xy7!'.repeat(1000) + 'q';
		const start = performance.now();
		const result = estimate(long);
		expect(performance.now() - start).toBeLessThan(10_000);
		expect(result.truncated).toBe(true);
	});

	it('never returns the password or parts of it', () => {
		const result = estimate('Bonjour2024!');
		const serialized = JSON.stringify(result).toLowerCase();
		for (const part of ['bonjour', '2024']) expect(serialized).not.toContain(part);
	});
});

describe('guessability knows the trade (issue 11)', () => {
	it.each(TRADE_PASSWORDS)(
		'never calls $password safe, and says why',
		({ password, personal, why }) => {
			const result = estimate(password, personal);
			expect(isEasyToGuess(result)).toBe(true);
			const message = explainGuessability(result, meetsCnilRule(password));
			expect(message).toContain(`se devine en`);
			expect(message).toContain(`il contient ${why}`);
		}
	);

	it('uses the learner’s words: they rank first, and make Martin.Lyon2024! weaker', () => {
		expect(buildUserInputs(['Claire, Martin, Lyon']).slice(0, 3)).toEqual([
			'claire',
			'martin',
			'lyon'
		]);
		const without = estimate('Martin.Lyon2024!');
		const withWords = estimate('Martin.Lyon2024!', ['Claire, Martin, Lyon']);
		expect(withWords.guessesLog10).toBeLessThan(without.guessesLog10);
		expect(withWords.findings[0]).toBe('user-input');
	});

	it('folds case, accents and l33t: the variants stay weak', () => {
		for (const password of [
			'ÉCOLE-lille2024!',
			'Acad3mi3-L1ll3-2025',
			'ac-lille.2031!',
			'Rentrée-12/09/2025'
		]) {
			expect(isEasyToGuess(estimate(password)), password).toBe(true);
		}
		expect(estimate('Acad3mi3-L1ll3-2025').findings).toContain('l33t');
	});

	// A seeded source, so that the samples are the same on every run.
	const seeded = (seed: number) =>
		rejectionSampler((array) => {
			for (let k = 0; k < array.length; k++) {
				seed = (seed + 0x6d2b79f5) >>> 0;
				let t = seed;
				t = Math.imul(t ^ (t >>> 15), t | 1);
				t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
				array[k] = (t ^ (t >>> 14)) >>> 0;
			}
		});

	it('still calls generated 16-character passwords and 7-word passphrases safe', () => {
		const random = seeded(2025);
		for (let k = 0; k < 15; k++) {
			const password = generatePassword({ length: 16, classes: CLASS_ORDER }, random);
			expect(isEasyToGuess(estimate(password)), password).toBe(false);
			const phrase = generatePassphrase(
				words,
				{ words: 7, separator: k % 2 ? ' ' : '-', capitalize: k % 3 === 0, digit: false },
				random
			);
			expect(isEasyToGuess(estimate(phrase)), phrase).toBe(false);
		}
	}, 120_000);
});

describe('capForAnalysis', () => {
	it('leaves short passwords untouched', () => {
		expect(capForAnalysis('abc')).toEqual({ text: 'abc', truncated: false });
	});

	it('cuts on a grapheme boundary', () => {
		const family = '👨‍👩‍👧‍👦'; // 11 UTF-16 units
		const text = 'a'.repeat(MAX_ANALYSED_UNITS - 5) + family;
		const { text: cut, truncated } = capForAnalysis(text);
		expect(truncated).toBe(true);
		expect(cut).toBe('a'.repeat(MAX_ANALYSED_UNITS - 5));
	});
});

describe('findingsOf', () => {
	const match = (pattern: string, extra: Record<string, unknown> = {}) => ({
		pattern,
		i: 0,
		j: 0,
		token: '',
		...extra
	});

	it('maps zxcvbn patterns to finding kinds, merging repeats', () => {
		expect(
			findingsOf([
				match('dictionary', { dictionaryName: 'passwords-common', l33t: true }),
				match('dictionary', { dictionaryName: 'firstnames-fr' }),
				match('spatial'),
				match('spatial'),
				match('regex', { regexName: 'recentYear' }),
				match('bruteforce', { token: '!!' }),
				match('bruteforce', { token: '1987!' })
			])
		).toEqual(['common-password', 'l33t', 'name', 'keyboard', 'year']);
	});
});
