// French typography for everything Capsules writes: a narrow no-break space (U+202F) before ; ! ?
// and inside « », a no-break space (U+00A0) before :, typographic apostrophes. Authors and
// developers write plain spaces; this runs at build time on quizzes and notes, and when a Svelte
// component is compiled on its text. Never on the transcripts, which ship as published.

const NNBSP = '\u202f';
const NBSP = '\u00a0';

// Left untouched: URLs, e-mail-like tokens and `code`. Times (10:30) and ratios (1:2) have no
// space before the colon, so the rules below never match them.
const PROTECTED = /`[^`]*`|\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"«»]*/giu;
// Plain, no-break and narrow no-break spaces, tabs and line breaks: what may sit before a sign;
// in a component's markup, also as entities (`«&#8239;{title}`), so that none is doubled. The
// entity-aware rules are slower: they run only on a text that holds an `&`.
function spaceRules(spaces: string) {
	return {
		high: new RegExp(`${spaces}+(?=[;!?])`, 'giu'),
		colon: new RegExp(`${spaces}+(?=:)`, 'giu'),
		opening: new RegExp(`«${spaces}*`, 'giu'),
		closing: new RegExp(`${spaces}*»`, 'giu')
	};
}
const PLAIN_SPACES = spaceRules('[\\s\\u00a0\\u202f]');
const SPACES_OR_ENTITIES = spaceRules(
	'(?:[\\s\\u00a0\\u202f]|&nbsp;|&#160;|&#8239;|&#x(?:a0|202f);)'
);
const APOSTROPHE = /(?<=\p{L})'(?=\p{L})/gu;
// A text without any of these has nothing to typeset (most of a build's texts): returned as is.
const SIGNS = /[;:!?«»']/;
const HIGH_SIGNS = /[;!?]/;

function typesetPlain(text: string): string {
	const rules = text.includes('&') ? SPACES_OR_ENTITIES : PLAIN_SPACES;
	let result = text;
	if (result.includes("'")) result = result.replace(APOSTROPHE, '’');
	if (HIGH_SIGNS.test(result)) result = result.replace(rules.high, NNBSP);
	if (result.includes(':')) result = result.replace(rules.colon, NBSP);
	if (result.includes('«')) result = result.replace(rules.opening, `«${NNBSP}`);
	if (result.includes('»')) result = result.replace(rules.closing, `${NNBSP}»`);
	return result;
}

// What every protected token holds: a text with none of these (most of them) skips the token scan,
// whose word boundaries cost a third of the typography on long transcript-sized texts.
const MAY_PROTECT = /`|:\/\/|www\.|mailto:/i;

/** French typography on plain text: the spaces before ; : ! ? and inside « », and apostrophes. */
export function frenchTypography(text: string): string {
	if (!SIGNS.test(text)) return text;
	if (!MAY_PROTECT.test(text)) return typesetPlain(text);
	let result = '';
	let last = 0;
	for (const match of text.matchAll(PROTECTED)) {
		result += typesetPlain(text.slice(last, match.index)) + match[0];
		last = match.index + match[0].length;
	}
	return result + typesetPlain(text.slice(last));
}

/** For values a template shows: strings get French typography, anything else passes through. */
export function frenchTypographyValue<T>(value: T): T {
	return (typeof value === 'string' ? frenchTypography(value) : value) as T;
}

// Elements whose text is code or raw: never typeset.
const RAW_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>|<!--[\s\S]*?-->/g;
// Marked writes an apostrophe as an entity; decoded, so that « l&#39;académie » becomes « l’académie ».
const APOSTROPHE_ENTITY = /&#39;|&#x27;|&apos;/gi;

/** French typography on HTML: text nodes only, never attributes, code, pre or scripts. */
export function frenchTypographyHtml(html: string): string {
	let result = '';
	let last = 0;
	let rawDepth = 0;
	const text = (chunk: string) =>
		rawDepth > 0 ? chunk : frenchTypography(chunk.replace(APOSTROPHE_ENTITY, "'"));
	for (const match of html.matchAll(TAG)) {
		result += text(html.slice(last, match.index)) + match[0];
		last = match.index + match[0].length;
		const name = match[2]?.toLowerCase();
		if (name && RAW_ELEMENTS.has(name) && !match[0].endsWith('/>')) {
			rawDepth = Math.max(0, rawDepth + (match[1] ? -1 : 1));
		}
	}
	return result + text(html.slice(last));
}
