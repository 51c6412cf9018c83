/**
 * The generators' settings and their one validator (pure): the generator functions refuse what it
 * refuses, and the component shows its message, so the two can never disagree.
 */
import type { CharClass } from './rules';

/** Order in which classes are listed in the UI. */
export const CLASS_ORDER: readonly CharClass[] = ['lowercase', 'uppercase', 'digit', 'special'];

/** Length bounds of the random password generator. */
export const PASSWORD_LENGTH = { min: 12, max: 64, default: 16 } as const;

/** Word-count bounds of the passphrase generator (CNIL example 3: at least 7 words). */
export const PASSPHRASE_WORDS = { min: 7, max: 12, default: 7 } as const;

/** Separators offered for passphrases (none is a letter, so words stay countable). */
export const SEPARATORS = [
	{ value: '-', label: 'tiret (-)' },
	{ value: ' ', label: 'espace' },
	{ value: '.', label: 'point (.)' },
	{ value: '_', label: 'tiret bas (_)' }
] as const;

/** Options of the random password generator. */
export interface PasswordOptions {
	length: number;
	classes: readonly CharClass[];
}

/** Options of the passphrase generator. */
export interface PassphraseOptions {
	words: number;
	separator: string;
	/** Capital first letter on every word: helps with sites requiring one, adds no entropy. */
	capitalize: boolean;
	/** One random digit appended to one random word. */
	digit: boolean;
}

/** A validated setting, or the French sentence that says what to change. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** An integer in [min, max]; a number field left empty gives null or NaN, never valid. */
function inRange(value: unknown, { min, max }: { min: number; max: number }): boolean {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Validates password settings; the value is the chosen classes in display order. */
export function checkPasswordOptions(options: PasswordOptions): Checked<CharClass[]> {
	const classes = CLASS_ORDER.filter((c) => options.classes.includes(c));
	if (classes.length === 0) return { ok: false, message: 'Cochez au moins un type de caractères.' };
	if (!inRange(options.length, PASSWORD_LENGTH)) {
		return {
			ok: false,
			message: `La longueur doit être un nombre entier entre ${PASSWORD_LENGTH.min} et ${PASSWORD_LENGTH.max}.`
		};
	}
	return { ok: true, value: classes };
}

/** Validates passphrase settings. */
export function checkPassphraseOptions(options: PassphraseOptions): Checked<PassphraseOptions> {
	if (!inRange(options.words, PASSPHRASE_WORDS)) {
		return {
			ok: false,
			message: `Le nombre de mots doit être un nombre entier entre ${PASSPHRASE_WORDS.min} et ${PASSPHRASE_WORDS.max}.`
		};
	}
	if (/\p{L}/u.test(options.separator)) {
		return { ok: false, message: 'Le séparateur ne peut pas être une lettre.' };
	}
	return { ok: true, value: options };
}
