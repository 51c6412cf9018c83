import { describe, expect, it } from 'vitest';
import { describeDuration, describeFindings, explainGuessability, formatBits } from './explain';
import type { GuessabilityResult } from './guessability';

const result = (over: Partial<GuessabilityResult>): GuessabilityResult => ({
	id: 1,
	score: 1,
	guessesLog10: 4,
	seconds: 5,
	findings: [],
	truncated: false,
	accentFreeWeaker: false,
	...over
});

describe('explain', () => {
	it('writes the issue’s example sentence', () => {
		expect(explainGuessability(result({ findings: ['common-word', 'year'] }), true)).toBe(
			'Respecte la règle de la CNIL, mais se devine en quelques secondes : mot courant suivi d’une année.'
		);
	});

	it('chains several findings with elision', () => {
		expect(describeFindings(['name', 'digits', 'year'])).toBe(
			'prénom ou nom de famille courant suivi de chiffres et d’une année'
		);
		expect(describeFindings(['common-password', 'l33t'])).toBe(
			'mot de passe très répandu (avec des substitutions prévisibles (@ pour a…))'
		);
		expect(describeFindings([])).toBe('');
	});

	it('words durations', () => {
		expect(describeDuration(0.1)).toBe('moins d’une seconde');
		expect(describeDuration(8001)).toBe('quelques heures');
		expect(describeDuration(1e12)).toBe('plus d’un siècle');
	});

	it('formats bits as information', () => {
		expect(formatBits(79.55)).toBe('≈ 79 bits');
		for (const bad of [Number.NaN, Infinity]) expect(formatBits(bad)).not.toMatch(/NaN|Infinity/);
	});

	it('handles strong and non-compliant cases', () => {
		expect(explainGuessability(result({ score: 4, truncated: true }), false)).toBe(
			'Difficile à deviner (estimation faite sur ses 64 premiers caractères), mais ne respecte pas encore la règle de la CNIL.'
		);
		expect(explainGuessability(result({ findings: ['keyboard'] }), false)).toBe(
			'Ne respecte pas la règle de la CNIL et se devine en quelques secondes : suite de touches du clavier.'
		);
	});
});
