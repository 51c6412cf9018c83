import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACADEMIES, academyById, academyLabel, type Academy } from './academies';
import { confidenceLabel } from './confidence';
import { guessAddress, weakest } from './guess';
import { SOURCES } from './sources';

function academy(id: string): Academy {
	const found = academyById(id);
	if (!found) throw new Error(`no académie ${id}`);
	return found;
}

describe('the académies', () => {
	it('lists the 30 académies, three vice-rectorats and Saint-Pierre-et-Miquelon, ids unique', () => {
		expect(ACADEMIES.filter((a) => a.kind === 'académie')).toHaveLength(30);
		expect(ACADEMIES.filter((a) => a.kind === 'vice-rectorat')).toHaveLength(3);
		expect(new Set(ACADEMIES.map((a) => a.id)).size).toBe(ACADEMIES.length);
	});

	it('uses the domains the facts give, including the traps', () => {
		expect(academy('clermont-ferrand').domain.value).toBe('ac-clermont.fr');
		expect(academy('nouvelle-caledonie').domain.value).toBe('ac-noumea.nc');
		expect(academy('wallis-et-futuna').domain.value).toBe('ac-wf.wf');
		expect(academy('normandie').otherDomains).toEqual(['ac-caen.fr', 'ac-rouen.fr']);
	});

	it('never marks a webmail confirmed where the facts confirm only the domain', () => {
		expect(academy('clermont-ferrand').entry?.status).toBe('I');
		expect(academy('creteil').entry?.status).toBe('C');
		for (const a of ACADEMIES.filter((a) => a.domain.caveat === undefined && !a.entry)) {
			expect(a.entry).toBeUndefined();
		}
	});

	it('cites only sources that exist', () => {
		for (const a of ACADEMIES) {
			for (const fact of [
				a.domain,
				a.entry,
				a.national,
				a.addressRule,
				a.loginRule,
				a.assistance
			]) {
				if (fact) expect(SOURCES[fact.source]).toBeDefined();
			}
		}
	});

	it('writes their names with the right elision', () => {
		expect(academyLabel(academy('lille'))).toBe('l’académie de Lille');
		expect(academyLabel(academy('aix-marseille'))).toBe('l’académie d’Aix-Marseille');
		expect(academyLabel(academy('nouvelle-caledonie'))).toBe(
			'le vice-rectorat de Nouvelle-Calédonie'
		);
		expect(academyLabel(academy('saint-pierre-et-miquelon'))).toBe(
			'la collectivité de Saint-Pierre-et-Miquelon'
		);
	});
});

describe('guessAddress', () => {
	it('gives michel.dupond@ac-lille.fr and mdupond for Michel Dupond at Lille, as probable', () => {
		const guess = guessAddress({
			firstName: 'Michel',
			surname: 'Dupond',
			academy: academy('lille')
		});
		expect(guess?.address.value).toBe('michel.dupond@ac-lille.fr');
		expect(guess?.address.variants).toEqual([]);
		expect(confidenceLabel(guess!.address.status)).toBe('probable');
		expect(guess?.login.value).toBe('mdupond');
		expect(confidenceLabel(guess!.login.status)).toBe('probable');
		expect(guess?.homonyms).toEqual({
			address: 'michel.dupond1@ac-lille.fr',
			login: 'mdupond1',
			status: 'U'
		});
		expect(guess?.entry.value).toBe('https://webmail.ac-lille.fr');
		expect(guess?.entry.status).toBe('U');
		expect(guess?.national.status).toBe('I');
	});

	it('says « confirmé par l’académie » only where that académie confirms format and domain', () => {
		const paris = guessAddress({
			firstName: 'Michel',
			surname: 'Dupond',
			academy: academy('paris')
		});
		expect(confidenceLabel(paris!.address.status)).toBe('confirmé par l’académie');
		const creteil = guessAddress({
			firstName: 'Jean',
			surname: 'Dupont',
			academy: academy('creteil')
		});
		expect(creteil?.login).toMatchObject({ value: 'jdupont', status: 'V' });
		expect(creteil?.homonyms).toMatchObject({ login: 'jdupont1', status: 'V' });
		// The same name in an académie known only from configurations.
		const lyon = guessAddress({ firstName: 'Michel', surname: 'Dupond', academy: academy('lyon') });
		expect(lyon?.address.status).toBe('C');
		expect(confidenceLabel(lyon!.address.status)).toBe('probable');
	});

	it('shows « Jean-Éric de La Fontaine » as uncertain, with plausible variants', () => {
		const guess = guessAddress({
			firstName: 'Jean-Éric',
			surname: 'de La Fontaine',
			academy: academy('paris')
		});
		expect(guess?.address.value).toBe('jean-eric.de-la-fontaine@ac-paris.fr');
		expect(guess?.address.variants).toContain('jeaneric.delafontaine@ac-paris.fr');
		expect(guess?.address.variants).toContain('jean-eric.fontaine@ac-paris.fr');
		expect(confidenceLabel(guess!.address.status)).toBe('à vérifier');
		expect(guess?.login.value).toBe('jde-la-fontaine');
		expect(guess?.login.variants).toContain('jdelafontaine');
		expect(guess?.login.variants).toContain('jede-la-fontaine');
		expect(guess?.login.status).not.toBe('V');
		const why = guess!.address.reasons.map((reason) => reason.text).join(' ');
		expect(why).toMatch(/Prénom composé/);
		expect(why).toMatch(/Particule/);
	});

	it('sends Nouvelle-Calédonie and La Réunion to the national messagerie, confirmed', () => {
		const noumea = guessAddress({
			firstName: 'Michel',
			surname: 'Dupond',
			academy: academy('nouvelle-caledonie')
		});
		expect(noumea?.entry.value).toBe('https://messagerie.education.gouv.fr');
		expect(noumea?.national.status).toBe('V');
		expect(noumea?.address.value).toBe('michel.dupond@ac-noumea.nc');
	});

	it('gives nothing until both names hold a letter', () => {
		expect(
			guessAddress({ firstName: '', surname: 'Dupond', academy: academy('lille') })
		).toBeUndefined();
		expect(
			guessAddress({ firstName: 'Michel', surname: ' - ', academy: academy('lille') })
		).toBeUndefined();
	});

	it('is never surer than its weakest reason, and never « confirmé » with a doubt', () => {
		const name = fc.string({ minLength: 1, maxLength: 20 });
		fc.assert(
			fc.property(name, name, fc.constantFrom(...ACADEMIES), (firstName, surname, a) => {
				const guess = guessAddress({ firstName, surname, academy: a });
				if (!guess) return;
				for (const out of [guess.address, guess.login, guess.entry]) {
					expect(out.status).toBe(weakest(out.reasons.map((r) => r.status)));
					expect(out.variants).not.toContain(out.value);
				}
				expect(guess.address.value.endsWith(`@${a.domain.value}`)).toBe(true);
			})
		);
	});
});
