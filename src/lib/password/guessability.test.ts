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
import { WEAK_BUT_COMPLIANT } from '../../../tests/fixtures/password/weak-but-compliant';

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
		expect(explainGuessability(result, true)).toContain('mot courant suivi d’une année');
	});

	it('gives NFC and NFD input the same score', () => {
		const nfc = estimate('Académie2024!'.normalize('NFC'));
		const nfd = estimate('Académie2024!'.normalize('NFD'));
		expect(nfd.guessesLog10).toBe(nfc.guessesLog10);
	});

	it('keeps the weaker of the accented and accent-free forms', () => {
		const result = estimate('Rectorât2024!');
		expect(result.accentFreeWeaker).toBe(true);
		expect(result.findings).toContain('user-input');
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
		const serialised = JSON.stringify(result).toLowerCase();
		for (const part of ['bonjour', '2024']) expect(serialised).not.toContain(part);
	});
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
