import { describe, expect, it } from 'vitest';
import { plural, quantity } from './index';

describe('plural', () => {
	it('keeps 0 and 1 singular, as French does', () => {
		expect(plural(0, 'module')).toBe('module');
		expect(plural(1, 'module')).toBe('module');
		expect(plural(2, 'module')).toBe('modules');
		expect(plural(12, 'tentative')).toBe('tentatives');
	});

	it('keeps every quantity under 2 singular, fractions included', () => {
		expect(plural(0.5, 'heure')).toBe('heure');
		expect(plural(1.5, 'heure')).toBe('heure');
		expect(plural(1.99, 'heure')).toBe('heure');
		expect(plural(2.5, 'heure')).toBe('heures');
	});

	it('agrees adjectives and participles too', () => {
		expect(plural(1, 'ajoutée')).toBe('ajoutée');
		expect(plural(3, 'ajoutée')).toBe('ajoutées');
		expect(plural(2, 'saisi')).toBe('saisis');
	});

	it('takes the plural form when it is not the singular plus s', () => {
		expect(plural(1, 'la', 'les')).toBe('la');
		expect(plural(4, 'la', 'les')).toBe('les');
		expect(plural(3, 'quiz', 'quiz')).toBe('quiz');
		expect(plural(2, 'travail', 'travaux')).toBe('travaux');
	});

	it('uses the plural for a million and more (« 1 million de modules »)', () => {
		expect(plural(1_000_000, 'module')).toBe('modules');
	});
});

describe('quantity', () => {
	it('writes the count then the agreeing word', () => {
		expect(quantity(0, 'module')).toBe('0 module');
		expect(quantity(1, 'module')).toBe('1 module');
		expect(quantity(3, 'module')).toBe('3 modules');
	});

	it('writes decimals with a comma and groups thousands with a narrow no-break space', () => {
		expect(quantity(1.5, 'heure')).toBe('1,5 heure');
		expect(quantity(2.25, 'heure')).toBe('2,25 heures');
		expect(quantity(1234, 'tentative')).toBe('1\u202f234 tentatives');
	});
});
