import { describe, expect, it } from 'vitest';
import { checkPasswordRules } from './rules';
import {
	complianceSentence,
	CRITERIA,
	criterionState,
	stateWord,
	summarizeRules,
	verdictState
} from './rule-view';

const PASSPHRASE = 'girafe rideau pomme tonnerre valise cerise hibou';

describe('rule view', () => {
	it('summarises the checklist in words', () => {
		expect(summarizeRules(checkPasswordRules(''))).toBe('');
		expect(summarizeRules(checkPasswordRules('Bonjour2024!'))).toBe(
			'Les 5 critères de la règle CNIL sont respectés.'
		);
		expect(summarizeRules(checkPasswordRules('bonjour'))).toBe(
			'1 critère sur 5 respecté. Il manque : 12 caractères (7 pour l’instant), une majuscule, un chiffre, un caractère spécial.'
		);
	});

	it('a 7-word passphrase meets the rule: example 1’s unmet criteria are alternatives, not failures', () => {
		const report = checkPasswordRules(PASSPHRASE);
		const states = CRITERIA.map((id) => criterionState(report, id, 'any'));
		expect(states).toEqual(['met', 'met', 'alternative', 'alternative', 'met']);
		expect(states.map(stateWord)).not.toContain('non respecté');
		expect(complianceSentence(report, 'any')).toBe(
			'Règle de la CNIL respectée par l’exemple 3 (phrase de passe d’au moins 7 mots).'
		);
		expect(summarizeRules(report)).toBe(complianceSentence(report, 'any'));
		expect(summarizeRules(report)).not.toContain('Il manque');
		expect(verdictState(report, 'cnil-12-4')).toBe('alternative');
		expect(verdictState(report, 'cnil-14-3')).toBe('alternative');
		expect(verdictState(report, 'cnil-passphrase')).toBe('met');
	});

	it('names every example met', () => {
		const report = checkPasswordRules('Maison7-Jardin-Soleil-Table-Lune-Chat-Pomme');
		expect(complianceSentence(report, 'any')).toBe(
			'Règle de la CNIL respectée par les exemples 1, 2 et 3.'
		);
		expect(complianceSentence(checkPasswordRules('Bonjourbonjo24'), 'any')).toBe(
			'Règle de la CNIL respectée par l’exemple 2 (14 caractères avec majuscule, minuscule et chiffre).'
		);
	});

	it('says missing when no example is met', () => {
		const report = checkPasswordRules('bonjour');
		expect(criterionState(report, 'uppercase', 'any')).toBe('missing');
		expect(verdictState(report, 'cnil-passphrase')).toBe('missing');
		expect(complianceSentence(report, 'any')).toBe(
			'Règle de la CNIL : pas encore respectée. Un seul des trois exemples suffit.'
		);
	});

	it('when one example is required (the quiz), the others do not count', () => {
		const report = checkPasswordRules(PASSPHRASE);
		expect(criterionState(report, 'uppercase', 'cnil-12-4')).toBe('missing');
		expect(complianceSentence(report, 'cnil-12-4')).toBe(
			'Règle demandée (12 caractères de 4 types) : pas encore respectée.'
		);
		expect(summarizeRules(report, 'cnil-12-4')).toContain('Il manque : une majuscule, un chiffre');
	});
});
