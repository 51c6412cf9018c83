import { Marked, type Token, type Tokens } from 'marked';

/** Markdown rendered at build time: HTML that is safe to inject, and what was dropped from it. */
export interface RenderedMarkdown {
	html: string;
	/** Plain French sentences, one per thing removed or refused (raw HTML, unsafe URL…). */
	warnings: string[];
	/** The site-relative targets of its links and images, to check that they exist. */
	targets: string[];
}

/** One top-level block (paragraph, list…) of a Markdown text, rendered separately. */
export interface RenderedBlock {
	html: string;
	/** The block's text without markup, to find passages by quotation. */
	text: string;
}

// Web and mail addresses, and relative paths (no scheme at all); relative targets are then
// checked against the site's pages and files.
const SAFE_LINK = /^(https:|http:|mailto:|(?![a-z][a-z0-9+.-]*:))/i;
// Images are served by the site itself: no third-party request, and the CSP allows only 'self'.
const SAFE_IMAGE = /^(?![a-z][a-z0-9+.-]*:|\/\/)./i;

function escapeAttribute(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

// URLs arrive percent-decoded or with entities in some inputs; strip what browsers ignore before judging.
function normalizeUrl(href: string): string {
	// eslint-disable-next-line no-control-regex
	return href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').trim();
}

/**
 * True for `//host/…`, and for `/\host` or `\\host`, which browsers read the same way (a `\` is a
 * `/` in a web address): it looks relative but leaves the site.
 */
function isOtherSite(url: string): boolean {
	return /^[/\\]{2}/.test(url);
}

/** Where the parser reports what it drops; set for the duration of one synchronous render. */
let sink: string[] = [];
/** Where it reports the site-relative targets it kept. */
let targetSink: string[] = [];

/**
 * Our parser: raw HTML never passes (it is dropped and reported), links keep only
 * http(s), mailto and relative targets, images only the site's own.
 */
function createParser(breaks: boolean): Marked {
	const marked = new Marked({ gfm: true, breaks, async: false });
	marked.use({
		tokenizer: {
			// No bare-URL autolinks: transcriptions quote patterns like `https://webmail.ac-(nom).fr`
			// that must not become links to nowhere. `<https://…>` and `[text](url)` still link.
			url: () => undefined
		},
		renderer: {
			html({ text }: Tokens.HTML | Tokens.Tag): string {
				const trimmed = text.trim();
				if (trimmed) sink.push(`HTML brut ignoré : ${trimmed.slice(0, 60)}`);
				return '';
			},
			link({ href, title, tokens }: Tokens.Link): string {
				const inner = this.parser.parseInline(tokens);
				const url = normalizeUrl(href);
				if (isOtherSite(url)) {
					sink.push(
						`lien refusé : « ${href.slice(0, 60)} » mène vers un autre site ; écrivez l’adresse complète en https://`
					);
					return inner;
				}
				if (!SAFE_LINK.test(url)) {
					sink.push(
						`lien refusé (seuls https, http, mailto et les liens relatifs sont permis) : ${href.slice(0, 60)}`
					);
					return inner;
				}
				const external = /^https?:/i.test(url);
				if (!external && !/^(mailto:|#)/i.test(url)) targetSink.push(url);
				const titleAttr = title ? ` title="${escapeAttribute(title)}"` : '';
				const rel = external ? ' rel="noopener noreferrer external"' : '';
				return `<a href="${escapeAttribute(url)}"${titleAttr}${rel}>${inner}</a>`;
			},
			image({ href, title, text }: Tokens.Image): string {
				const url = normalizeUrl(href);
				if (!SAFE_IMAGE.test(url) || isOtherSite(url)) {
					sink.push(
						`image refusée (seules les images du site, en chemin relatif, sont permises) : ${href.slice(0, 60)}`
					);
					return escapeAttribute(text);
				}
				targetSink.push(url);
				const titleAttr = title ? ` title="${escapeAttribute(title)}"` : '';
				return `<img src="${escapeAttribute(url)}" alt="${escapeAttribute(text)}"${titleAttr} loading="lazy" />`;
			}
		}
	});
	return marked;
}

// Built once: creating a parser per text made 1,000 modules take seconds.
const parsers = { plain: createParser(false), breaks: createParser(true) };

/** Runs one render with its own warning list (rendering is synchronous, so lists never mix). */
function collecting<T>(render: () => T): { value: T; warnings: string[]; targets: string[] } {
	const previous = [sink, targetSink] as const;
	sink = [];
	targetSink = [];
	try {
		const value = render();
		return { value, warnings: sink, targets: targetSink };
	} finally {
		[sink, targetSink] = previous;
	}
}

/** Rendering choices for one text. */
export interface MarkdownOptions {
	/** Keep single line breaks (credits written one line per person). */
	breaks?: boolean;
}

// Most quiz texts are one plain French sentence: no character Markdown or HTML gives a meaning to,
// nothing to escape, no URL. Those render to themselves without the parser, which was most of the
// content pipeline's time at 1,000 modules (markdown.test.ts checks both paths agree). Checked
// character by character: a Unicode-property regular expression cost 10 µs a text.
const PLAIN_PUNCTUATION = new Set(' ,.;:?’«»()\u00A0\u202F…–—%-');
const LETTER = /^\p{L}$/u;
const letters = new Map<string, boolean>();

function isLetter(char: string): boolean {
	let known = letters.get(char);
	if (known === undefined) {
		known = LETTER.test(char);
		letters.set(char, known);
	}
	return known;
}

function isPlainText(source: string): boolean {
	const first = source.charAt(0);
	if (first !== '«' && !isLetter(first)) return false;
	const last = source.charAt(source.length - 1);
	if (last.trim() !== last) return false;
	for (let i = 1; i < source.length; i++) {
		const code = source.charCodeAt(i);
		if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57))
			continue;
		const char = source.charAt(i);
		if (PLAIN_PUNCTUATION.has(char)) continue;
		// Outside ASCII, letters only (a surrogate pair is never taken for one: the parser decides).
		if (code > 127 && (code < 0xd800 || code > 0xdfff) && isLetter(char)) continue;
		return false;
	}
	return !/www\./i.test(source);
}

/** Renders Markdown to sanitised HTML (no raw HTML, no script URLs). */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): RenderedMarkdown {
	if (isPlainText(source)) return { html: `<p>${source}</p>\n`, warnings: [], targets: [] };
	return parseMarkdown(source, options);
}

/** A text rendered by the parser itself, without the plain-text shortcut (`inline`: no paragraph). */
export function parseMarkdown(
	source: string,
	options: MarkdownOptions & { inline?: boolean } = {}
): RenderedMarkdown {
	const parser = options.breaks ? parsers.breaks : parsers.plain;
	const { value, warnings, targets } = collecting(() =>
		options.inline
			? parser.parseInline(source, { async: false })
			: parser.parse(source, { async: false })
	);
	return { html: value, warnings, targets };
}

/** Renders inline Markdown (a prompt, a choice) without a wrapping paragraph. */
export function renderInlineMarkdown(source: string): RenderedMarkdown {
	if (isPlainText(source)) return { html: source, warnings: [], targets: [] };
	return parseMarkdown(source, { inline: true });
}

function plainText(tokens: Token[]): string {
	return tokens
		.map((token) => {
			if (token.type === 'html') return '';
			if (token.type === 'list')
				return (token as Tokens.List).items.map((item) => plainText([item])).join(' ');
			if ('tokens' in token && token.tokens) return plainText(token.tokens);
			return 'text' in token ? String(token.text) : '';
		})
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Renders each top-level block on its own, so that pages can anchor and annotate paragraphs.
 * The text sits in an h2 section under the page's h1, so its `#` and `##` headings become h3.
 */
export function renderMarkdownBlocks(source: string): {
	blocks: RenderedBlock[];
	warnings: string[];
	targets: string[];
} {
	const marked = parsers.plain;
	const { value, warnings, targets } = collecting(() => {
		const blocks: RenderedBlock[] = [];
		for (const token of marked.lexer(source)) {
			if (token.type === 'space') continue;
			if (token.type === 'heading') token.depth = Math.max(token.depth as number, 3);
			const html = marked.parser([token]).trim();
			if (html) blocks.push({ html, text: plainText([token]) });
		}
		return blocks;
	});
	return { blocks: value, warnings, targets };
}
