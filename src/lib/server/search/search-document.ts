// What the catalogue's search indexes for one module: its title, description and full
// transcription, as a small HTML page for Pagefind (not the module page itself, whose quiz, notes
// and credits would pollute results). Sections carry heading ids so that Pagefind reports, per
// result, which part held the words: the title block (#titre, title then description) or the
// transcription (#transcription, the same anchor as on the module page).
import type { ContentModule } from '../../content/types';

/** The section ids a search result can point to. */
export const SEARCH_SECTIONS = { title: 'titre', transcript: 'transcription' } as const;

function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

// Pagefind splits words on spaces, not on the apostrophe of a French elision: « d’homonymie » would
// be one word that a search for « homonymie » never finds. A hair space (U+200A, a space to the
// indexer, next to invisible in the excerpts shown) after the apostrophe splits it.
const ELISION = /(?<![\p{L}])(qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])([’'])(?=\p{L})/giu;

/** The text as indexed: elisions split so that the word after the apostrophe is found alone. */
export function searchableText(text: string): string {
	return escapeHtml(text.replace(ELISION, '$1$2\u200A'));
}

/** The page Pagefind indexes for a module, with its slug, area and description as metadata. */
export function searchDocument(module: ContentModule): string {
	const paragraphs = module.transcript.map((p) => `<p>${searchableText(p.text)}</p>`).join('\n');
	return `<!doctype html>
<html lang="fr">
<head><title>${escapeHtml(module.title)}</title></head>
<body>
<main data-pagefind-body>
<h1 id="${SEARCH_SECTIONS.title}">${searchableText(module.title)}</h1>
<p>${searchableText(module.description)}</p>
<h2 id="${SEARCH_SECTIONS.transcript}">Transcription</h2>
${paragraphs}
<div data-pagefind-ignore hidden>
<span data-pagefind-meta="title">${escapeHtml(module.title)}</span>
<span data-pagefind-meta="slug">${escapeHtml(module.slug)}</span>
<span data-pagefind-meta="description">${escapeHtml(module.description)}</span>
<span data-pagefind-filter="domaine">${escapeHtml(module.area)}</span>
</div>
</main>
</body>
</html>
`;
}
