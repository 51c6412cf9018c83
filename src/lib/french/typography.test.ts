import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frenchTypography, frenchTypographyHtml, frenchTypographyValue } from './typography';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

// Sentences made of French words, spaces and the signs the rules are about.
const piece = fc.constantFrom(
	'mot',
	'l',
	'académie',
	' ',
	'  ',
	'\n',
	NBSP,
	NNBSP,
	';',
	':',
	'!',
	'?',
	'«',
	'»',
	"'",
	'’',
	'10:30',
	'1:2',
	','
);
const sentence = fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(''));
const TAGS = fc.constantFrom(
	'<p>',
	'</p>',
	'<a href="https://ex.fr/?a=1 ;b">',
	'</a>',
	'<code>',
	'</code>',
	'<strong title="Note : x">',
	'</strong>',
	'<br />'
);
const html = fc.array(fc.oneof(sentence, TAGS), { maxLength: 12 }).map((pieces) => pieces.join(''));

/** The text without any space and with one kind of apostrophe: what typography may not change. */
const letters = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '').replaceAll('’', "'");

describe('frenchTypography', () => {
	it('puts a narrow no-break space before ; ! ? and a no-break space before :', () => {
		expect(frenchTypography('Pas de panique ! Et le NUMEN ? Oui ; enfin : voilà')).toBe(
			`Pas de panique${NNBSP}! Et le NUMEN${NNBSP}? Oui${NNBSP}; enfin${NBSP}: voilà`
		);
	});

	it('puts narrow no-break spaces inside « », added when missing', () => {
		expect(frenchTypography('le menu « Options » ou «Paramètres»')).toBe(
			`le menu «${NNBSP}Options${NNBSP}» ou «${NNBSP}Paramètres${NNBSP}»`
		);
	});

	it('takes a space written as an entity for a space: none is doubled', () => {
		expect(frenchTypography('«&#8239;{title}&#8239;»')).toBe('«\u202f{title}\u202f»');
		expect(frenchTypography('suivant&nbsp;: {next}')).toBe('suivant\u00a0: {next}');
		expect(frenchTypography('Oui&#x202F;!')).toBe('Oui\u202f!');
	});

	it('writes apostrophes between letters as ’, and leaves quotes alone', () => {
		expect(frenchTypography("l'académie d'Aix, aujourd'hui, 'cité'")).toBe(
			"l’académie d’Aix, aujourd’hui, 'cité'"
		);
	});

	it('leaves URLs, times, ratios and code alone', () => {
		const text = 'Voir https://ex.fr/a?b=1;c=2 à 10:30, ratio 1:2, `a ; b` et www.ac-lille.fr/x ?y';
		expect(frenchTypography(text)).toBe(
			`Voir https://ex.fr/a?b=1;c=2 à 10:30, ratio 1:2, \`a ; b\` et www.ac-lille.fr/x${NNBSP}?y`
		);
	});

	it('protects tokens whatever their case (MAILTO:, WWW.) and `code` with no URL around', () => {
		expect(frenchTypography('Écrire à MAILTO:a@b.fr?objet=x ; ou WWW.AC-LILLE.FR/x?y !')).toBe(
			`Écrire à MAILTO:a@b.fr?objet=x${NNBSP}; ou WWW.AC-LILLE.FR/x?y${NNBSP}!`
		);
		expect(frenchTypography('Tapez `a ; b` puis : Entrée')).toBe(
			`Tapez \`a ; b\` puis${NBSP}: Entrée`
		);
	});

	it('typesets the same with or without a protected token in the text (the token scan is skipped without)', () => {
		fc.assert(
			fc.property(sentence, (text) => {
				// With the token, every part is typeset around it; without, the text is typeset whole.
				expect(frenchTypography(`\`z\`${text}`)).toBe(`\`z\`${frenchTypography(text)}`);
			})
		);
	});

	it('is idempotent and changes only spaces and apostrophes', () => {
		fc.assert(
			fc.property(sentence, (text) => {
				const typeset = frenchTypography(text);
				expect(frenchTypography(typeset)).toBe(typeset);
				expect(letters(typeset)).toBe(letters(text));
			})
		);
	});

	it('never leaves an ordinary space or line break before ; : ! ?', () => {
		fc.assert(
			fc.property(sentence, (text) => {
				expect(frenchTypography(text)).not.toMatch(/[ \t\n][;:!?]/);
				expect(frenchTypography(text)).not.toMatch(/[ \t\n]»|«[ \t\n]/);
			})
		);
	});

	it('keeps every URL intact', () => {
		const url = fc.webUrl({ withQueryParameters: true, withFragments: true });
		fc.assert(
			fc.property(sentence, url, sentence, (before, link, after) => {
				expect(frenchTypography(`${before} ${link} ${after}`)).toContain(link);
			})
		);
	});
});

describe('frenchTypographyHtml', () => {
	it('typesets text nodes only: attributes, code and pre keep their spaces', () => {
		const source =
			'<p title="Note : x">Attention : <a href="https://ex.fr/?q=a ;b">l&#39;aide ?</a> <code>a ; b</code></p><pre>x : y</pre>';
		expect(frenchTypographyHtml(source)).toBe(
			`<p title="Note : x">Attention${NBSP}: <a href="https://ex.fr/?q=a ;b">l’aide${NNBSP}?</a> <code>a ; b</code></p><pre>x : y</pre>`
		);
	});

	it('handles a space between an inline tag and the sign: « <strong>Scénario</strong> : »', () => {
		expect(frenchTypographyHtml('<li><strong>Scénario</strong> : Nicolas</li>')).toBe(
			`<li><strong>Scénario</strong>${NBSP}: Nicolas</li>`
		);
	});

	it('leaves every tag as it was, and is idempotent', () => {
		fc.assert(
			fc.property(html, (source) => {
				const typeset = frenchTypographyHtml(source);
				const tags = (text: string) => text.match(/<[^>]*>/g) ?? [];
				expect(tags(typeset)).toEqual(tags(source));
				expect(frenchTypographyHtml(typeset)).toBe(typeset);
			})
		);
	});
});

describe('frenchTypographyValue', () => {
	it('typesets strings and passes anything else through', () => {
		expect(frenchTypographyValue('Oui !')).toBe(`Oui${NNBSP}!`);
		expect(frenchTypographyValue(3)).toBe(3);
		expect(frenchTypographyValue(undefined)).toBeUndefined();
	});
});
