import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../french';
import { applyTolerances, levenshtein, matchesAccepted } from './text-tolerance';
import type { Tolerance } from './types';

const NFD = (text: string) => text.normalize('NFD');

describe('matchesAccepted (Pix tolerances)', () => {
	const cases: [
		label: string,
		input: string,
		accepted: string[],
		tolerances: Tolerance[],
		expected: boolean
	][] = [
		// No tolerance: exact and case-sensitive, but NFC, non-breaking spaces and surrounding spaces are normalised.
		['exact', 'mdupond', ['mdupond'], [], true],
		['case matters without t1', 'MDupond', ['mdupond'], [], false],
		['accents matter without t1', 'academie', ['académie'], [], false],
		['surrounding spaces are always ignored', '  mdupond \t', ['mdupond'], [], true],
		['NFD input equals NFC solution', NFD('académie'), ['académie'], [], true],
		['NFD solution equals NFC input', 'académie', [NFD('académie')], [], true],
		['non-breaking space', 'ac\u00a0lille', ['ac lille'], [], true],
		['narrow non-breaking space', 'ac\u202flille', ['ac lille'], [], true],
		['inner spaces matter without t1', 'm dupond', ['mdupond'], [], false],
		// t1: case, accents, all whitespace.
		['t1 case', 'Michel.Dupond@AC-Lille.fr', ['michel.dupond@ac-lille.fr'], ['t1'], true],
		['t1 accents', 'ACADÉMIE', ['academie'], ['t1'], true],
		['t1 accents, NFD input', NFD('Académie de Créteil'), ['academie de creteil'], ['t1'], true],
		// The normaliser shared with the address helper (french/normalize.ts) spells ligatures out, as Pix's deburr.
		['t1 ligatures', 'CŒUR', ['coeur'], ['t1'], true],
		['t1 ligatures both ways', 'coeur', ['cœur'], ['t1'], true],
		['ligatures matter without t1', 'coeur', ['cœur'], [], false],
		[
			't1 inner spaces',
			' michel . dupond @ ac-lille.fr ',
			['michel.dupond@ac-lille.fr'],
			['t1'],
			true
		],
		[
			't1 keeps punctuation',
			'michel_dupond@ac-lille.fr',
			['michel.dupond@ac-lille.fr'],
			['t1'],
			false
		],
		['t1 keeps letters', 'michel.dupont@ac-lille.fr', ['michel.dupond@ac-lille.fr'], ['t1'], false],
		[
			't1 trailing slash needs its own variant',
			'https://webmail.ac-lille.fr/',
			['https://webmail.ac-lille.fr'],
			['t1'],
			false
		],
		[
			't1 trailing slash variant listed',
			'HTTPS://Webmail.ac-lille.fr/ ',
			['https://webmail.ac-lille.fr', 'https://webmail.ac-lille.fr/'],
			['t1'],
			true
		],
		// t2: punctuation.
		[
			't2 punctuation',
			'Options / Modifier le mot de passe !',
			['Options Modifier le mot de passe'],
			['t2'],
			true
		],
		['t2 alone keeps case', 'options modifier', ['Options Modifier'], ['t2'], false],
		[
			't1+t2',
			'Options › modifier-le-mot-de-passe',
			['options modifier le mot de passe'],
			['t1', 't2'],
			true
		],
		// t3: Levenshtein ≤ 25 % of the learner's answer length (after treatments).
		['t3 one typo in 5 (20 %)', 'numem', ['numen'], ['t3'], true],
		['t3 two typos in 5 (40 %)', 'nimem', ['numen'], ['t3'], false],
		['t3 exactly 25 % (2 in 8)', 'abcdefxy', ['abcdefgh'], ['t3'], true],
		['t3 just over 25 % (2 in 7)', 'abcdexy', ['abcdefg'], ['t3'], false],
		['t3 with t1', 'Secrétariat  ', ['secretaria'], ['t1', 't3'], true],
		['t3 far beyond', 'rectorat', ['numen'], ['t3'], false],
		['t3 missing letters', 'dsd', ['dsden'], ['t3'], false],
		// Several accepted answers, empty answers.
		['any accepted answer', 'DSDEN', ['le secrétariat', 'dsden'], ['t1'], true],
		['empty answer never matches', '   ', ['x'], ['t1', 't2', 't3'], false],
		['punctuation-only answer under t2', '!!!', ['x'], ['t2'], false]
	];

	it.each(cases)('%s', (_label, input, accepted, tolerances, expected) => {
		expect(matchesAccepted(input, accepted, tolerances)).toBe(expected);
	});

	it('an accepted answer always matches itself, whatever the tolerances', () => {
		const tolerances = fc.subarray<Tolerance>(['t1', 't2', 't3']);
		fc.assert(
			fc.property(fc.string({ minLength: 1 }), tolerances, (text, chosen) => {
				fc.pre(applyTolerances(text, chosen) !== '');
				expect(matchesAccepted(text, [text], chosen)).toBe(true);
			})
		);
	});
});

describe('applyTolerances', () => {
	it('folds with the normaliser the address helper uses (t1 = foldText without spaces)', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(applyTolerances(text, ['t1'])).toBe(foldText(text).replace(/\s+/gu, ''));
			})
		);
	});

	it('is idempotent', () => {
		fc.assert(
			fc.property(fc.string(), fc.subarray<Tolerance>(['t1', 't2']), (text, chosen) => {
				const once = applyTolerances(text, chosen);
				expect(applyTolerances(once, chosen)).toBe(once);
			})
		);
	});

	it('t1 removes every space, t2 collapses them', () => {
		expect(applyTolerances(' A  b\u00a0C ', ['t1'])).toBe('abc');
		expect(applyTolerances(' a , b  ;c ', ['t2'])).toBe('a b c');
	});
});

describe('levenshtein', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['kitten', 'sitting', 3],
		['numen', 'numem', 1],
		['é', 'e', 1],
		['a😀b', 'ab', 1]
	])('%s → %s = %i', (a, b, distance) => {
		expect(levenshtein(a, b)).toBe(distance);
		expect(levenshtein(b, a)).toBe(distance);
	});

	it('satisfies the triangle inequality', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
				expect(levenshtein(a, c)).toBeLessThanOrEqual(levenshtein(a, b) + levenshtein(b, c));
			})
		);
	});
});
