import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNameForms, surnameForms } from './names';

const LOCAL_PART = /^[a-z]+(-[a-z]+)*$/;

// Names as people type them: letters with accents, capitals, hyphens, spaces, apostrophes.
const nameChar = fc.constantFrom(..."abcdeéèëçœæïôûÉÇŒ -’'NDLR".split(''));
const typedName = fc.array(nameChar, { maxLength: 24 }).map((chars) => chars.join(''));

describe('surnameForms', () => {
	it('folds case and accents of a simple surname, with no doubt', () => {
		expect(surnameForms('Dupond')).toEqual({ main: 'dupond', variants: [], doubts: [] });
		expect(surnameForms('DUPOND')).toEqual({ main: 'dupond', variants: [], doubts: [] });
	});

	it('keeps the hyphens of a compound surname without calling it uncertain (a V fact)', () => {
		expect(surnameForms('Jacob-de-Cordemoy')).toEqual({
			main: 'jacob-de-cordemoy',
			variants: [],
			doubts: []
		});
	});

	it('marks accents and ligatures as folded (probably, for the address)', () => {
		const forms = surnameForms('Lœuillet-Bérégovoy');
		expect(forms.main).toBe('loeuillet-beregovoy');
		expect(forms.doubts).toEqual(['accents']);
	});

	it('gives variants for a particle written with spaces: « de La Fontaine »', () => {
		const forms = surnameForms('de La Fontaine');
		expect(forms.main).toBe('de-la-fontaine');
		expect(forms.variants).toEqual(['delafontaine', 'fontaine']);
		expect(forms.doubts).toEqual(['space', 'particle']);
	});

	it('gives variants for an apostrophe: « d’Artagnan », « N’Diaye »', () => {
		const artagnan = surnameForms('d’Artagnan');
		expect(artagnan.main).toBe('dartagnan');
		expect(artagnan.variants).toEqual(['d-artagnan', 'artagnan']);
		expect(artagnan.doubts).toEqual(['apostrophe', 'particle']);
		const diaye = surnameForms("N'Diaye");
		expect(diaye.main).toBe('ndiaye');
		expect(diaye.variants).toEqual(['n-diaye']);
		expect(diaye.doubts).toEqual(['apostrophe']);
	});

	it('drops every apostrophe from the form without particle: « d’Aubigné-d’Estrées »', () => {
		const forms = surnameForms('d’Aubigné-d’Estrées');
		expect(forms.main).toBe('daubigne-destrees');
		expect(forms.variants).toContain('aubigne-destrees');
		for (const form of forms.variants) expect(form).toMatch(LOCAL_PART);
	});

	it('follows Dijon for « Le Dupond »: a hyphen where the space was', () => {
		expect(surnameForms('Le Dupond').main).toBe('le-dupond');
	});

	it('drops what is not a letter, and says so', () => {
		const forms = surnameForms('Dupond (née Martin)');
		expect(forms.doubts).toContain('dropped-characters');
		expect(forms.main).toMatch(LOCAL_PART);
	});

	it('always gives forms made of lower-case letters and single hyphens', () => {
		fc.assert(
			fc.property(typedName, (name) => {
				const forms = surnameForms(name);
				for (const form of [forms.main, ...forms.variants].filter(Boolean)) {
					expect(form).toMatch(LOCAL_PART);
				}
				expect(forms.variants).not.toContain(forms.main);
			})
		);
	});

	it('is certain only for one word, or hyphenated words, of plain letters', () => {
		fc.assert(
			fc.property(typedName, (name) => {
				const forms = surnameForms(name);
				if (forms.main === '') return; // no letter: no guess at all
				const plain = /^[A-Za-z]+(-[A-Za-z]+)*$/.test(name.trim());
				expect(forms.doubts.length === 0).toBe(plain);
			})
		);
	});
});

describe('firstNameForms', () => {
	it('gives one initial for a simple first name', () => {
		expect(firstNameForms('Michel')).toEqual({
			main: 'michel',
			variants: [],
			doubts: [],
			initials: ['m']
		});
	});

	it('calls « Jean-Éric » uncertain, with its variants and both initials', () => {
		const forms = firstNameForms('Jean-Éric');
		expect(forms.main).toBe('jean-eric');
		expect(forms.variants).toEqual(['jeaneric', 'jean']);
		expect(forms.doubts).toEqual(['accents', 'compound-first-name']);
		expect(forms.initials).toEqual(['j', 'je']);
	});

	it('treats « Marie Claire » written with a space as a compound first name', () => {
		const forms = firstNameForms('Marie Claire');
		expect(forms.main).toBe('marie-claire');
		expect(forms.doubts).toEqual(['compound-first-name']);
	});
});
