import { describe, expect, it } from 'vitest';
import { searchableText, searchDocument } from './search-document';
import type { ContentModule } from '../../content/types';

const module: ContentModule = {
	slug: 'piege',
	file: 'content/piege.md',
	area: 'Domaine <1>',
	title: 'Un titre & des « guillemets »',
	description: 'Une description <script>alert(1)</script>',
	objectives: [],
	video: {
		embedSrc: 'https://example.org/e',
		downloadHref: 'https://example.org/d',
		watchedPercent: 90,
		chapters: []
	},
	introHtml: '',
	transcript: [
		{ id: 't-1', html: '<p>Premier</p>', text: 'Premier paragraphe <b>brut</b>', notes: [] },
		{ id: 't-2', html: '<p>Second</p>', text: 'Second paragraphe', notes: [] }
	],
	notes: [],
	creditsHtml: '<p>Crédits secrets</p>',
	extraSections: []
};

describe('searchDocument', () => {
	const html = searchDocument(module);

	it('holds the title, the description and every transcription paragraph, escaped', () => {
		expect(html).toContain('<h1 id="titre">Un titre &amp; des « guillemets »</h1>');
		expect(html).toContain('<p>Une description &lt;script&gt;alert(1)&lt;/script&gt;</p>');
		expect(html).toContain('<p>Premier paragraphe &lt;b&gt;brut&lt;/b&gt;</p>');
		expect(html).toContain('<p>Second paragraphe</p>');
		expect(html).not.toContain('<script');
	});

	it('anchors the transcription as on the module page, and leaves out the rest of the page', () => {
		expect(html).toContain('<h2 id="transcription">');
		expect(html).not.toContain('Crédits secrets');
	});

	it('is French, and carries the slug and the area for the results and the filter', () => {
		expect(html).toContain('<html lang="fr">');
		expect(html).toContain('data-pagefind-meta="slug">piege<');
		expect(html).toContain('data-pagefind-filter="domaine">Domaine &lt;1&gt;<');
	});
});

describe('searchableText', () => {
	it('splits French elisions so that the word after the apostrophe is a word of its own', () => {
		expect(searchableText('En cas d’homonymie, qu’il n’hésite pas : l’ENT')).toBe(
			'En cas d’\u200Ahomonymie, qu’\u200Ail n’\u200Ahésite pas : l’\u200AENT'
		);
		expect(searchableText('aujourd’hui')).toBe('aujourd’hui');
		expect(searchableText("jusqu’à l'école")).toBe("jusqu’\u200Aà l'\u200Aécole");
	});
});
