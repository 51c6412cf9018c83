import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkPasswordRules,
	classifyGrapheme,
	graphemeLength,
	meetsCnilRule,
	type CharClass
} from './rules';

const FAMILY = '👨‍👩‍👧'; // 1 grapheme, 5 code points, 8 UTF-16 units
const FAMILY4 = '👨‍👩‍👧‍👦'; // 1 grapheme, 7 code points, 11 UTF-16 units

describe('graphemeLength', () => {
	it.each([
		['', 0],
		['abc', 3],
		['é', 1],
		['e\u0301', 1], // NFD é
		['q\u0303\u0304', 1], // base + two combining marks that have no precomposed form
		[FAMILY, 1],
		[FAMILY4, 1],
		['🇫🇷', 1],
		['👍🏽', 1], // skin-tone modifier
		['\r\n', 1],
		['  a  ', 5], // spaces are never trimmed
		['a\u200db', 2] // a lone ZWJ attaches to the previous letter
	])('%j has %i graphemes', (text, expected) => {
		expect(graphemeLength(text)).toBe(expected);
	});

	it('counts the four-person family as 1 grapheme, 7 code points, 11 UTF-16 units', () => {
		expect(graphemeLength(FAMILY4)).toBe(1);
		expect([...FAMILY4]).toHaveLength(7);
		expect(FAMILY4).toHaveLength(11);
	});
});

describe('classifyGrapheme', () => {
	it.each<[string, CharClass | null]>([
		['a', 'lowercase'],
		['é', 'lowercase'],
		['ß', 'lowercase'],
		['Z', 'uppercase'],
		['É', 'uppercase'],
		['ǅ', 'uppercase'], // titlecase letter
		['7', 'digit'],
		['٣', 'digit'], // Arabic-Indic digit is \p{Nd}
		['²', 'special'], // \p{No}, not a decimal digit
		[' ', 'special'],
		['!', 'special'],
		['€', 'special'],
		['µ', 'lowercase'], // MICRO SIGN is \p{Ll}
		[FAMILY, 'special'],
		['中', null], // letter without case: neither special nor a case
		['e\u0301', 'lowercase'] // the mark belongs to its base letter
	])('%j → %s', (grapheme, expected) => {
		expect(classifyGrapheme(grapheme)).toBe(expected);
	});
});

describe('checkPasswordRules — CNIL example 1 table', () => {
	it.each<[string, string, Partial<Record<string, boolean>>]>([
		['11 graphemes', 'Bonjour202!', { 'length-12': false, 'cnil-12-4': false }],
		['12 graphemes', 'Bonjour2024!', { 'length-12': true, 'cnil-12-4': true }],
		['no uppercase', 'bonjour2024!', { uppercase: false, 'cnil-12-4': false }],
		['no lowercase', 'BONJOUR2024!', { lowercase: false, 'cnil-12-4': false }],
		['no digit', 'Bonjourlemo!', { digit: false, 'cnil-12-4': false }],
		['no special', 'Bonjour20245', { special: false, 'cnil-12-4': false }],
		['space as special', 'Bonjour 2024', { special: true, 'cnil-12-4': true }],
		['leading space counts', ' Bonjour2024', { 'length-12': true, special: true }],
		['trailing spaces count', 'Bonjour202  ', { 'length-12': true, special: true }],
		['accented lowercase only', 'ÉTÉ2024!ÉTÉ!', { lowercase: false, uppercase: true }],
		['é is lowercase', 'ÉTÉ2024!été!', { lowercase: true, 'cnil-12-4': true }],
		[
			'NFD input',
			'E\u0301te\u0301-2024-abc',
			{ 'length-12': true, uppercase: true, lowercase: true }
		],
		['emoji is special, 1 each', `Bonjour2024${FAMILY}`, { 'length-12': true, special: true }],
		['11 with emoji', `Bonjour202${FAMILY}`, { 'length-12': false, 'cnil-12-4': false }],
		[
			'combining marks do not pad length',
			'Bonjour202!' + '\u0301'.repeat(5),
			{ 'length-12': false }
		],
		['CJK letters are not special', '中文中文中文Aa1中文中', { special: false, 'length-12': true }]
	])('%s', (_name, password, expected) => {
		const report = checkPasswordRules(password);
		const flat: Record<string, boolean> = { ...report.criteria, ...report.verdicts };
		for (const [key, value] of Object.entries(expected)) expect(flat[key], key).toBe(value);
	});

	it('meetsCnilRule agrees with the verdict', () => {
		expect(meetsCnilRule('Bonjour2024!')).toBe(true);
		expect(meetsCnilRule('Bonjour2024')).toBe(false);
		expect(meetsCnilRule('')).toBe(false);
	});
});

describe('checkPasswordRules — examples 2 and 3, entropy', () => {
	it('example 2 needs 14 graphemes with the three letter/digit classes', () => {
		expect(checkPasswordRules('Bonjourbonjo24').verdicts['cnil-14-3']).toBe(true);
		expect(checkPasswordRules('Bonjourbonj24').verdicts['cnil-14-3']).toBe(false);
		expect(checkPasswordRules('bonjourbonjo24').verdicts['cnil-14-3']).toBe(false);
	});

	it('example 3 counts runs of at least two letters', () => {
		const seven = checkPasswordRules('le chat de la mère est là');
		expect(seven.wordCount).toBe(7);
		expect(seven.verdicts['cnil-passphrase']).toBe(true);
		expect(checkPasswordRules('maison-jardin-soleil-rivière-table-cheval').wordCount).toBe(6);
		expect(checkPasswordRules('a b c d e f g h').wordCount).toBe(0);
		expect(checkPasswordRules('Maison7-Jardin-Soleil-Table-Lune-Chat-Pomme').verdicts).toEqual({
			'cnil-12-4': true,
			'cnil-14-3': true,
			'cnil-passphrase': true
		});
	});

	it('computes policy entropy as L × log2(N), 12 × log2(99) ≈ 79.55 < 80', () => {
		expect(checkPasswordRules('Bonjour2024!').entropyBits).toBeCloseTo(79.55, 2);
		expect(checkPasswordRules('Bonjourbonjo24').entropyBits).toBeCloseTo(83.36, 2);
		expect(checkPasswordRules('abc').entropyBits).toBeCloseTo(3 * Math.log2(26), 6);
		expect(checkPasswordRules('').entropyBits).toBe(0);
	});

	it('stays fast on a 100,000-character paste', () => {
		const text = 'Bonjour2024!é👍'.repeat(7200);
		const start = performance.now();
		const report = checkPasswordRules(text);
		expect(report.length).toBe(14 * 7200);
		expect(performance.now() - start).toBeLessThan(2000);
	});
});

describe('normalisation never changes the verdict (property)', () => {
	it('NFC and NFD inputs give identical reports', () => {
		const accented = fc.constantFrom(
			'é',
			'È',
			'ç',
			'Å',
			'ñ',
			'ô',
			'Ǖ',
			'ḗ',
			'a',
			'B',
			'1',
			'!',
			' '
		);
		fc.assert(
			fc.property(
				fc.array(fc.oneof(accented, fc.string({ unit: 'grapheme', maxLength: 2 })), {
					maxLength: 30
				}),
				(parts) => {
					const text = parts.join('');
					const nfc = checkPasswordRules(text.normalize('NFC'));
					expect(checkPasswordRules(text.normalize('NFD'))).toEqual(nfc);
					expect(checkPasswordRules(text)).toEqual(nfc);
				}
			),
			{ numRuns: 500, seed: 17102022 }
		);
	});
});
