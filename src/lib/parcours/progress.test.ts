import { describe, expect, it } from 'vitest';
import { parcoursProgress, passedSentence } from './progress';

const parcours = {
	slug: 'bases',
	title: 'Les bases',
	description: '…',
	modules: ['a', 'b', 'c'].map((slug) => ({ slug, title: slug, area: 'Domaine 1' }))
};

describe('parcoursProgress', () => {
	it('counts the passed modules of the parcours only', () => {
		const progress = parcoursProgress(parcours, new Set(['a', 'c', 'elsewhere']));
		expect(progress.text).toBe('2 modules réussis sur 3');
		expect(progress.complete).toBe(false);
		expect([...progress.passedSlugs]).toEqual(['a', 'c']);
	});

	it('is complete when every module is passed', () => {
		expect(parcoursProgress(parcours, new Set(['a', 'b', 'c'])).complete).toBe(true);
	});

	it('agrees in number', () => {
		expect(passedSentence(0, 3)).toBe('Aucun module réussi sur 3');
		expect(passedSentence(1, 3)).toBe('1 module réussi sur 3');
	});
});
