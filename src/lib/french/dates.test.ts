import { describe, expect, it } from 'vitest';
import { frenchDate, frenchDateTime } from './dates';

describe('frenchDate', () => {
	it('writes a calendar date as a French day, the same in every time zone', () => {
		expect(frenchDate('2026-11-28')).toBe('28 novembre 2026');
		expect(frenchDate('2026-01-01')).toBe('1er janvier 2026');
		expect(frenchDate('2026-01-11')).toBe('11 janvier 2026');
	});

	it('writes an instant as a French day', () => {
		expect(frenchDate('2026-12-02T12:00:00.000Z')).toBe('2 décembre 2026');
	});
});

describe('frenchDateTime', () => {
	it('adds the time after « à »', () => {
		expect(frenchDateTime('2026-12-02T12:00:00.000Z')).toMatch(/^2 décembre 2026 à \d{2}:\d{2}$/);
	});
});
