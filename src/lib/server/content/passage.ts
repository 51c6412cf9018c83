/** Folds what an author may type differently from the transcription: apostrophes, quotes, spaces, case. */
export function foldForQuote(text: string): string {
	// French has no special casing rule: toLowerCase() gives what toLocaleLowerCase('fr') gave, 5× faster.
	return text
		.normalize('NFC')
		.replace(/[\u2018\u2019\u02BC`´]/g, "'")
		.replace(/[\u201C\u201D«»]/g, '"')
		.replace(/[\u2026]/g, '...')
		.replace(/[\s\u00A0\u202F]+/g, ' ')
		.trim()
		.toLowerCase();
}

/**
 * Finds the paragraphs that contain a quotation. Exactly one match is a usable pointer; the
 * caller reports zero ("introuvable") or several ("ambigu").
 */
export function findPassage(paragraphs: readonly string[], quote: string): number[] {
	const needle = foldForQuote(quote);
	if (!needle) return [];
	return folded(paragraphs).flatMap((paragraph, index) =>
		paragraph.includes(needle) ? [index] : []
	);
}

// A transcript is searched once per quiz question: fold its paragraphs once.
const foldedTranscripts = new WeakMap<readonly string[], string[]>();

function folded(paragraphs: readonly string[]): string[] {
	let result = foldedTranscripts.get(paragraphs);
	if (!result) {
		result = paragraphs.map(foldForQuote);
		foldedTranscripts.set(paragraphs, result);
	}
	return result;
}
