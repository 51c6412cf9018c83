import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import yaml from 'js-yaml';
import {
	parseMarkdown,
	renderInlineMarkdown,
	renderMarkdown,
	renderMarkdownBlocks
} from './markdown';

describe('renderMarkdown sanitises at build time', () => {
	const source = readFileSync('tests/fixtures/content/unsafe-markdown/content/piege.md', 'utf8');
	const body = source.split('## Transcription')[1]!.split('## Crédits')[0]!;
	const { html, warnings } = renderMarkdown(body);

	it.each([
		['<script', 'no script element'],
		['onerror', 'no event handler attribute'],
		['onload', 'no event handler attribute'],
		['javascript:', 'no javascript: URL'],
		['<iframe', 'no iframe in the body'],
		['<svg', 'no inline SVG']
	])('leaves out %s (%s)', (needle) => {
		expect(html.toLowerCase()).not.toContain(needle);
	});

	it('keeps safe links, marked as external', () => {
		expect(html).toContain(
			'<a href="https://education.gouv.fr" rel="noopener noreferrer external">Lien sûr</a>'
		);
	});

	it('keeps the text of a refused link', () => {
		expect(html).toContain('Un lien piégé et');
	});

	it('tells the author what it removed', () => {
		expect(warnings.some((w) => w.startsWith('HTML brut ignoré : <script>'))).toBe(true);
		expect(warnings.some((w) => w.startsWith('lien refusé'))).toBe(true);
		expect(warnings.some((w) => w.startsWith('image refusée'))).toBe(true);
	});

	it('refuses obfuscated javascript: URLs', () => {
		for (const href of [
			'JaVaScRiPt:alert(1)',
			' javascript:alert(1)',
			'java\tscript:alert(1)',
			'data:text/html,x',
			'vbscript:x'
		]) {
			expect(renderMarkdown(`[x](<${href}>)`).html).not.toContain('href');
		}
	});

	it('escapes attribute values', () => {
		expect(renderMarkdown('[x](https://a.fr/?q="><b>)').html).not.toContain('"><b>');
	});
});

describe('renderMarkdownBlocks', () => {
	it('renders one block per paragraph or list, with its plain text', () => {
		const { blocks } = renderMarkdownBlocks('Un *paragraphe*.\n\n- un\n- deux\n\nFin.');
		expect(blocks.map((b) => b.text)).toEqual(['Un paragraphe.', 'un deux', 'Fin.']);
		expect(blocks[0]?.html).toBe('<p>Un <em>paragraphe</em>.</p>');
	});

	it('renders a level-1 or level-2 heading as h3, below the section’s own h2', () => {
		// The « Configurer son client… » seed opens its transcription with `# Title`: the page's h1 is
		// already the module title, and the transcription is an h2 section.
		const { blocks } = renderMarkdownBlocks(
			'# Le titre\n\nTexte.\n\nSous-titre\n---\n\n#### Détail'
		);
		expect(blocks.map((b) => b.html)).toEqual([
			'<h3>Le titre</h3>',
			'<p>Texte.</p>',
			'<h3>Sous-titre</h3>',
			'<h4>Détail</h4>'
		]);
		expect(blocks[0]?.text).toBe('Le titre');
	});

	it('does not autolink bare URLs or addresses', () => {
		const { html } = renderMarkdown(
			'Voir https://webmail.ac-(nom).fr ou michel.dupond@ac-lille.fr'
		);
		expect(html).not.toContain('<a');
	});
});

describe('links and images that look relative', () => {
	it.each(['/\\evil.example/', '//evil.example/x', '\\\\\\\\evil.example/x', '/\\/evil.example'])(
		'refuses the link %s, which leads to another site',
		(href) => {
			const { html, warnings, targets } = renderMarkdown(`[ici](${href})`);
			expect(html).not.toContain('<a');
			expect(warnings).toEqual([expect.stringContaining('mène vers un autre site')]);
			expect(targets).toEqual([]);
		}
	);

	it.each(['//evil.example/x.png', '/\\evil.example/x.png'])('refuses the image %s', (href) => {
		const { html, warnings } = renderMarkdown(`![logo](${href})`);
		expect(html).not.toContain('<img');
		expect(warnings).toHaveLength(1);
	});

	it('keeps relative links and images, and lists their targets for the site check', () => {
		const { html, targets } = renderMarkdown(
			'[fiche](fiche.pdf), [haut](#haut), [web](https://education.gouv.fr), ![schéma](../img/s.png)'
		);
		expect(html).toContain('<a href="fiche.pdf">');
		expect(targets).toEqual(['fiche.pdf', '../img/s.png']);
	});
});

describe('the plain-text shortcut renders what the parser renders', () => {
	const texts = [
		'Parce que beaucoup d’informations professionnelles passent aujourd’hui par elle',
		'« Oui » : c’est bien la règle (au moins 12 caractères) ; 4 types – minuscules, majuscules…',
		'Ce n’est pas ce que dit la vidéo ? Non, 100 % faux.',
		'Lettre a) puis b) et 1. au milieu',
		'Adresse www.ac-lille.fr sans lien'
	];
	// Every string of the seed quizzes, whatever its field.
	const strings = (value: unknown): string[] =>
		typeof value === 'string'
			? [value]
			: value && typeof value === 'object'
				? Object.values(value).flatMap(strings)
				: [];
	const seeds = [
		'quizzes/messagerie-academique.yaml',
		'quizzes/ameliorer-la-cybersecurite-de-ses-outils-numeriques.yaml',
		'quizzes/configurer-son-client-de-messagerie-pour-recevoir-ses-mails-academiques.yaml'
	].flatMap((file) => strings(yaml.load(readFileSync(file, 'utf8'))));

	const agree = (text: string) => {
		expect(renderMarkdown(text), text).toEqual(parseMarkdown(text));
		expect(renderInlineMarkdown(text), text).toEqual(parseMarkdown(text, { inline: true }));
		expect(renderMarkdown(text, { breaks: true }), text).toEqual(
			parseMarkdown(text, { breaks: true })
		);
	};

	it('on the seed quizzes and tricky sentences', () => {
		expect(seeds.length).toBeGreaterThan(300);
		[...texts, ...seeds].forEach(agree);
	});

	it('on any text made of letters, spaces, punctuation and Markdown signs', () => {
		const pieces = [
			'a',
			'é',
			'Z',
			' ',
			'\u00a0',
			',',
			'.',
			':',
			'?',
			'’',
			'«',
			'»',
			'(',
			')',
			'-',
			'1',
			'%',
			'…',
			'*',
			'_',
			'#',
			'[',
			']',
			'<',
			'>',
			'&',
			"'",
			'"',
			'\n',
			'www.',
			'http://',
			'@',
			'`',
			'~',
			'|',
			'!',
			'+',
			'\\'
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) =>
				agree(parts.join(''))
			),
			{ numRuns: 2000 }
		);
	});

	it('takes the shortcut for a plain sentence, and only then', () => {
		expect(parseMarkdown('Une phrase simple.').html).toBe('<p>Une phrase simple.</p>\n');
		expect(renderMarkdown('Un **gras**').html).toBe('<p>Un <strong>gras</strong></p>\n');
		expect(renderInlineMarkdown('Un <b>piège</b>').warnings).not.toEqual([]);
	});
});
