// Where a search result's words were found (title, description or transcription), from Pagefind's
// sub-results: the search document (src/lib/server/search/) has two sections, `#titre` (the title,
// then the description) and `#transcription`. Within the first, a highlighted word that the title
// holds was found in the title; any other, in the description.

/** A part of a module the search looks into. */
export type FoundIn = 'title' | 'description' | 'transcript';

/** How a result says it: « Trouvé dans le titre et la transcription ». */
export const FOUND_IN_LABELS: Record<FoundIn, string> = {
	title: 'le titre',
	description: 'la description',
	transcript: 'la transcription'
};

/** One piece of an excerpt: plain, or a highlighted match. */
export interface ExcerptPart {
	text: string;
	match: boolean;
}

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'"
};

/**
 * Pagefind's excerpt (escaped text with `<mark>` around matches) as text pieces, so that the page
 * renders it as text and never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	return excerpt
		.split(/(<mark>[\s\S]*?<\/mark>)/)
		.filter((piece) => piece !== '')
		.map((piece) => {
			const match = piece.startsWith('<mark>');
			const inner = match ? piece.slice('<mark>'.length, -'</mark>'.length) : piece;
			const text = inner
				.replace(/<[^>]*>/g, '')
				.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
			return { text, match };
		});
}

/** Lowercase without accents, for comparing a highlighted word with the title. */
function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A sub-result as Pagefind returns it (the fields used here). */
export interface SubResult {
	url: string;
	excerpt: string;
}

/** Where the words were found, in page order, from the sub-results of one result. */
export function whereFound(title: string, subResults: readonly SubResult[]): FoundIn[] {
	const found = new Set<FoundIn>();
	const titleWords = new Set(fold(title).split(/[^\p{L}\p{N}]+/u));
	for (const sub of subResults) {
		const marked = excerptParts(sub.excerpt).filter((part) => part.match);
		if (marked.length === 0) continue;
		if (sub.url.endsWith('#transcription')) {
			found.add('transcript');
			continue;
		}
		for (const part of marked) {
			const words = fold(part.text)
				.split(/[^\p{L}\p{N}]+/u)
				.filter(Boolean);
			found.add(words.every((word) => titleWords.has(word)) ? 'title' : 'description');
		}
	}
	return (['title', 'description', 'transcript'] as const).filter((place) => found.has(place));
}

/** « le titre », « le titre et la transcription », « le titre, la description et la transcription ». */
export function foundInSentence(places: readonly FoundIn[]): string {
	const labels = places.map((place) => FOUND_IN_LABELS[place]);
	if (labels.length <= 1) return labels[0] ?? '';
	return `${labels.slice(0, -1).join(', ')} et ${labels.at(-1)}`;
}
