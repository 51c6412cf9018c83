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
		expect(explainGuessability(result({ findings: ['academy', 'year'] }), true)).toBe(
			'Respecte la règle de la CNIL, mais se devine en quelques secondes : il contient le nom d’une académie et une année.'
		);
		expect(explainGuessability(result({ findings: ['common-word', 'year'] }), true)).toBe(
			'Respecte la règle de la CNIL, mais se devine en quelques secondes : il contient un mot courant et une année.'
		);
	});

	it('lists each kind once, in password order', () => {
		expect(describeFindings(['name', 'digits', 'year'])).toBe(
			'un prénom ou un nom courant, des chiffres et une année'
		);
		expect(describeFindings(['common-password', 'l33t', 'common-password'])).toBe(
			'un mot de passe très répandu et des substitutions prévisibles (@ pour a, 0 pour o…)'
		);
		expect(describeFindings(['school-word', 'academy-domain', 'city', 'user-input'])).toBe(
			'un mot de la vie scolaire, le domaine d’une académie (ac-…), le nom d’une ville et un des mots que vous avez indiqués'
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
		expect(explainGuessability(result({ findings: ['year'], truncated: true }), true)).toBe(
			'Respecte la règle de la CNIL, mais se devine en quelques secondes (estimation faite sur ses 64 premiers caractères) : il contient une année.'
		);
		expect(explainGuessability(result({ findings: ['keyboard'] }), false)).toBe(
			'Ne respecte pas la règle de la CNIL et se devine en quelques secondes : il contient une suite de touches du clavier.'
		);
	});
});
