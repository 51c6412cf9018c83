import { describe, expect, it } from 'vitest';
import { generatePassphrase, generatePassword, passwordBits } from './generate';
import {
	CLASS_ORDER,
	checkPassphraseOptions,
	checkPasswordOptions,
	PASSPHRASE_WORDS,
	PASSWORD_LENGTH
} from './generator-options';

const passphrase = { words: 7, separator: '-', capitalize: false, digit: false };

describe('checkPasswordOptions', () => {
	it('accepts the bounds and returns the classes in display order', () => {
		for (const length of [PASSWORD_LENGTH.min, PASSWORD_LENGTH.max]) {
			expect(checkPasswordOptions({ length, classes: ['digit', 'lowercase'] })).toEqual({
				ok: true,
				value: ['lowercase', 'digit']
			});
		}
	});

	it.each([11, 65, 100, 12.5, Number.NaN, null, undefined, '16'])(
		'refuses length %j with one French sentence, and so do the generators',
		(length) => {
			const options = { length: length as number, classes: CLASS_ORDER };
			expect(checkPasswordOptions(options)).toEqual({
				ok: false,
				message: 'La longueur doit être un nombre entier entre 12 et 64.'
			});
			expect(() => generatePassword(options)).toThrow(
				'La longueur doit être un nombre entier entre 12 et 64.'
			);
			expect(() => passwordBits(options)).toThrow(RangeError);
		}
	);

	it('refuses an empty class set', () => {
		expect(checkPasswordOptions({ length: 16, classes: [] })).toEqual({
			ok: false,
			message: 'Cochez au moins un type de caractères.'
		});
	});
});

describe('checkPassphraseOptions', () => {
	it.each([PASSPHRASE_WORDS.min - 1, PASSPHRASE_WORDS.max + 1, 7.5, Number.NaN, null])(
		'refuses %j words, and so does the generator',
		(words) => {
			const options = { ...passphrase, words: words as number };
			const checked = checkPassphraseOptions(options);
			expect(checked).toEqual({
				ok: false,
				message: 'Le nombre de mots doit être un nombre entier entre 7 et 12.'
			});
			expect(() => generatePassphrase(['aa', 'bb'], options)).toThrow(RangeError);
		}
	);

	it('refuses a letter as separator and accepts the offered ones', () => {
		expect(checkPassphraseOptions({ ...passphrase, separator: 'x' }).ok).toBe(false);
		for (const separator of ['-', ' ', '.', '_']) {
			expect(checkPassphraseOptions({ ...passphrase, separator }).ok).toBe(true);
		}
	});
});
