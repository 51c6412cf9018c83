import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseNormalize, foldAccents, foldText } from './normalize';

// French names and words, with the letters that matter: accents, cedilla, ligatures, hyphens, apostrophes.
const frenchLetters = fc.constantFrom(..."abcdeéèêëàâäîïôöùûüçœæÿ ÉÈÊÀÂÎÔÙÛÇŒÆ-’'ABCXYZ".split(''));
const frenchText = fc.array(frenchLetters, { maxLength: 30 }).map((letters) => letters.join(''));

describe('foldAccents', () => {
	it('drops accents and cedillas and spells ligatures out, keeping case', () => {
		expect(foldAccents('Jean-Éric Lœuillet')).toBe('Jean-Eric Loeuillet');
		expect(foldAccents('François Œdipe Lætitia')).toBe('Francois OEdipe Laetitia');
		expect(foldAccents('Ñuñez Ødegaard Łukasz Straße')).toBe('Nunez Odegaard Lukasz Strasse');
	});

	it('treats decomposed (NFD) and composed (NFC) input alike', () => {
		fc.assert(
			fc.property(frenchText, (text) => {
				expect(foldAccents(text.normalize('NFD'))).toBe(foldAccents(text.normalize('NFC')));
			})
		);
	});

	it('is idempotent and leaves only letters without marks', () => {
		fc.assert(
			fc.property(frenchText, (text) => {
				const folded = foldAccents(text);
				expect(foldAccents(folded)).toBe(folded);
				expect(folded).toMatch(/^[A-Za-z \-’']*$/);
			})
		);
	});
});

describe('foldText', () => {
	it('lowercases and folds, keeping hyphens, apostrophes and inner spaces', () => {
		expect(foldText('  De La Fontaine ')).toBe('de la fontaine');
		expect(foldText('JEAN-ÉRIC')).toBe('jean-eric');
		expect(foldText('d’Œillet')).toBe('d’oeillet');
		expect(foldText('Çà\u00a0et là')).toBe('ca et la');
	});

	it('does not depend on case or on the Unicode form', () => {
		fc.assert(
			fc.property(frenchText, (text) => {
				const folded = foldText(text);
				expect(foldText(text.toUpperCase())).toBe(folded);
				expect(foldText(text.normalize('NFD'))).toBe(folded);
				expect(foldText(folded)).toBe(folded);
			})
		);
	});

	it('keeps the number of words and the hyphens', () => {
		fc.assert(
			fc.property(frenchText, (text) => {
				const folded = foldText(text);
				const words = (value: string) => value.trim().split(/\s+/).filter(Boolean).length;
				expect(words(folded)).toBe(words(text));
				expect(folded.split('-').length).toBe(text.split('-').length);
			})
		);
	});
});

describe('baseNormalize', () => {
	it('turns every space-like character into a plain space and trims', () => {
		expect(baseNormalize('\u202fac\u00a0lille\u2009')).toBe('ac lille');
	});
});
