import { describe, expect, it } from 'vitest';
import { nextModule, parcoursPositions } from './position';
import type { Parcours } from './types';

const a = { slug: 'a', title: 'A', area: 'Domaine 1' };
const b = { slug: 'b', title: 'B', area: 'Domaine 1' };
const c = { slug: 'c', title: 'C', area: 'Domaine 5' };
const basics: Parcours = {
	slug: 'bases',
	title: 'Les bases',
	description: '…',
	modules: [a, b, c]
};

describe('parcoursPositions', () => {
	it('gives the position and the next module', () => {
		expect(parcoursPositions('b', [basics])).toEqual([
			{ slug: 'bases', title: 'Les bases', position: 2, total: 3, next: c }
		]);
	});

	it('has no next module at the end, and nothing outside the parcours', () => {
		expect(parcoursPositions('c', [basics])[0]?.next).toBeUndefined();
		expect(parcoursPositions('z', [basics])).toEqual([]);
	});
});

describe('nextModule', () => {
	it('follows the parcours first', () => {
		expect(nextModule('b', [basics], [a, b])).toEqual({
			slug: 'c',
			title: 'C',
			parcoursTitle: 'Les bases'
		});
	});

	it('falls back on the next module of the area', () => {
		expect(nextModule('a', [], [a, b])).toEqual({ slug: 'b', title: 'B' });
		expect(nextModule('c', [basics], [c])).toBeUndefined();
	});
});
