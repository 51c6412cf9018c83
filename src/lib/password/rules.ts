/**
 * CNIL délibération 2022-100 password rules, as pure functions (no DOM).
 *
 * Decisions (see docs/dev/password-checker.md):
 * - everything is computed on the NFC form, so NFC and NFD input get the same verdict;
 * - length counts extended grapheme clusters (a family emoji is one character), nothing is trimmed;
 * - a grapheme is classified by its first code point: combining marks and emoji modifiers belong to
 *   the character they decorate and never add a class on their own;
 * - lowercase = \p{Ll}, uppercase = \p{Lu} or \p{Lt}, digit = \p{Nd}; special = neither a letter
 *   nor a digit (spaces, punctuation, symbols, emoji, ², …). Letters without case (\p{Lo}, \p{Lm})
 *   are letters, hence not special, and count for no class.
 */

import { forEachGraphemeStart } from './graphemes';

/** The four character classes of CNIL example 1. */
export type CharClass = 'lowercase' | 'uppercase' | 'digit' | 'special';

/** Criterion identifiers of CNIL example 1, also used as `data-rule` hooks in the UI. */
export type CriterionId = 'length-12' | CharClass;

/** Verdict identifiers for the three CNIL examples, also used as `data-rule` hooks. */
export type VerdictId = 'cnil-12-4' | 'cnil-14-3' | 'cnil-passphrase';

/** Alphabet sizes CNIL uses to compute policy entropy. */
export const CLASS_SIZES: Readonly<Record<CharClass, number>> = {
	lowercase: 26,
	uppercase: 26,
	digit: 10,
	special: 37
};

/** Minimum lengths and word count of the three CNIL examples. */
export const CNIL = {
	example1Length: 12,
	example2Length: 14,
	passphraseWords: 7,
	/** A passphrase word is a run of at least this many letters (single letters are not words). */
	minWordLetters: 2
} as const;

/** Per-criterion breakdown and verdicts for one password. */
export interface PasswordRuleReport {
	/** Length in graphemes of the NFC form. */
	length: number;
	/** Which classes appear at least once. */
	classes: Record<CharClass, boolean>;
	/** CNIL example 1, criterion by criterion. */
	criteria: Record<CriterionId, boolean>;
	/** Number of passphrase words (runs of ≥ 2 letters separated by anything else). */
	wordCount: number;
	/** The three CNIL examples. */
	verdicts: Record<VerdictId, boolean>;
	/** True when at least one of the three examples is met. */
	compliant: boolean;
	/** L × log2(N) as CNIL computes it: information only, never the pass criterion. */
	entropyBits: number;
}

/** Normalises to NFC (the only form the rules ever look at); never trims. */
export function normalizePassword(password: string): string {
	return password.normalize('NFC');
}

/** Counts the graphemes of the NFC form of `password`. */
export function graphemeLength(password: string): number {
	let count = 0;
	forEachGraphemeStart(normalizePassword(password), () => (count += 1));
	return count;
}

const LOWER_AT = /\p{Ll}/uy;
const UPPER_AT = /[\p{Lu}\p{Lt}]/uy;
const DIGIT_AT = /\p{Nd}/uy;
const LETTER_AT = /\p{L}/uy;

function matchesAt(pattern: RegExp, text: string, index: number): boolean {
	pattern.lastIndex = index;
	return pattern.test(text);
}

/** Class of the code point at `index` (sticky regexes: no substring is built). */
function classifyAt(text: string, index: number): CharClass | null {
	const code = text.charCodeAt(index);
	if (code < 0x80) {
		if (code >= 0x61 && code <= 0x7a) return 'lowercase';
		if (code >= 0x41 && code <= 0x5a) return 'uppercase';
		if (code >= 0x30 && code <= 0x39) return 'digit';
		return 'special';
	}
	if (matchesAt(LOWER_AT, text, index)) return 'lowercase';
	if (matchesAt(UPPER_AT, text, index)) return 'uppercase';
	if (matchesAt(DIGIT_AT, text, index)) return 'digit';
	if (matchesAt(LETTER_AT, text, index)) return null;
	return 'special';
}

/** Class of one grapheme, decided by its first code point; null for letters without case. */
export function classifyGrapheme(grapheme: string): CharClass | null {
	return classifyAt(grapheme, 0);
}

/** Policy entropy L × log2(N), N summing 26/26/10/37 over the classes present. */
export function policyEntropyBits(length: number, classes: Record<CharClass, boolean>): number {
	let alphabet = 0;
	for (const key of Object.keys(CLASS_SIZES) as CharClass[]) {
		if (classes[key]) alphabet += CLASS_SIZES[key];
	}
	return alphabet > 1 ? length * Math.log2(alphabet) : 0;
}

/**
 * Where a rule scan of an NFC text stands: the counts so far, up to `position`, a certain grapheme
 * boundary. Plain data, so a scan can stop, be kept and resume (rule-checker.ts).
 */
export interface RuleScan {
	position: number;
	length: number;
	classes: Record<CharClass, boolean>;
	wordCount: number;
	/** Letters of the word in progress at `position`. */
	lettersInRun: number;
}

/** A scan at the start of a text. */
export function startScan(): RuleScan {
	return {
		position: 0,
		length: 0,
		classes: { lowercase: false, uppercase: false, digit: false, special: false },
		wordCount: 0,
		lettersInRun: 0
	};
}

/** Scans the NFC `text` from `scan` to the first certain boundary at or after `until`. */
export function continueScan(text: string, scan: RuleScan, until = Infinity): RuleScan {
	const next = { ...scan, classes: { ...scan.classes } };
	next.position = forEachGraphemeStart(
		text,
		(start) => {
			next.length += 1;
			const kind = classifyAt(text, start);
			if (kind) next.classes[kind] = true;
			if (kind === 'lowercase' || kind === 'uppercase' || kind === null) {
				next.lettersInRun += 1;
			} else {
				if (next.lettersInRun >= CNIL.minWordLetters) next.wordCount += 1;
				next.lettersInRun = 0;
			}
		},
		scan.position,
		until
	);
	return next;
}

/** The report of a scan that reached the end of its text. */
export function reportOf(scan: RuleScan): PasswordRuleReport {
	const { length, classes } = scan;
	const wordCount = scan.wordCount + (scan.lettersInRun >= CNIL.minWordLetters ? 1 : 0);
	const criteria: Record<CriterionId, boolean> = {
		'length-12': length >= CNIL.example1Length,
		...classes
	};
	const verdicts: Record<VerdictId, boolean> = {
		'cnil-12-4':
			criteria['length-12'] &&
			classes.lowercase &&
			classes.uppercase &&
			classes.digit &&
			classes.special,
		'cnil-14-3':
			length >= CNIL.example2Length && classes.lowercase && classes.uppercase && classes.digit,
		'cnil-passphrase': wordCount >= CNIL.passphraseWords
	};
	return {
		length,
		classes,
		criteria,
		wordCount,
		verdicts,
		compliant: verdicts['cnil-12-4'] || verdicts['cnil-14-3'] || verdicts['cnil-passphrase'],
		entropyBits: policyEntropyBits(length, classes)
	};
}

/** Checks a password against CNIL 2022-100 (password used alone): breakdown + three verdicts. */
export function checkPasswordRules(password: string): PasswordRuleReport {
	return reportOf(continueScan(normalizePassword(password), startScan()));
}

/** CNIL example 1: ≥ 12 graphemes with lowercase, uppercase, digit and special character. */
export function meetsCnilRule(password: string): boolean {
	return checkPasswordRules(password).verdicts['cnil-12-4'];
}
