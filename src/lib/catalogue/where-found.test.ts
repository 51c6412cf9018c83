import { describe, expect, it } from 'vitest';
import { excerptParts, foundInSentence, whereFound } from './where-found';

const TITLE = 'Se connecter à sa messagerie académique';

describe('whereFound', () => {
	it('says the transcription when the words are in its section', () => {
		expect(
			whereFound(TITLE, [
				{ url: '/modules/m#transcription', excerpt: 'votre <mark>NUMEN</mark> est' }
			])
		).toEqual(['transcript']);
	});

	it('tells the title from the description within the title section, accents aside', () => {
		expect(
			whereFound(TITLE, [
				{ url: '/modules/m#titre', excerpt: 'Se connecter à sa messagerie <mark>academique</mark>' }
			])
		).toEqual(['title']);
		expect(
			whereFound(TITLE, [
				{ url: '/modules/m#titre', excerpt: 'n’aura plus de <mark>secret</mark> pour vous' }
			])
		).toEqual(['description']);
	});

	it('lists every place, in page order, and ignores sections without a match', () => {
		expect(
			whereFound(TITLE, [
				{ url: '/modules/m#transcription', excerpt: 'la <mark>messagerie</mark> académique' },
				{ url: '/modules/m#titre', excerpt: '<mark>messagerie</mark> … <mark>secret</mark>' },
				{ url: '/modules/m#autre', excerpt: 'rien ici' }
			])
		).toEqual(['title', 'description', 'transcript']);
	});
});

describe('excerptParts', () => {
	it('splits the highlighted words and decodes what Pagefind escaped, as text', () => {
		expect(excerptParts('a &lt;b&gt; <mark>c&amp;d</mark> e')).toEqual([
			{ text: 'a <b> ', match: false },
			{ text: 'c&d', match: true },
			{ text: ' e', match: false }
		]);
	});

	it('never lets markup through', () => {
		const parts = excerptParts('<img src=x onerror=alert(1)><mark><b>x</b></mark>');
		expect(parts.map((part) => part.text).join('')).toBe('x');
	});
});

describe('foundInSentence', () => {
	it('joins the places in French', () => {
		expect(foundInSentence(['transcript'])).toBe('la transcription');
		expect(foundInSentence(['title', 'transcript'])).toBe('le titre et la transcription');
		expect(foundInSentence(['title', 'description', 'transcript'])).toBe(
			'le titre, la description et la transcription'
		);
	});
});
