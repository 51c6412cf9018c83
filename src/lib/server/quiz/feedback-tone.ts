/** How a feedback text opens: as a refusal ("Faux…"), an approval ("Exact…") or neither. */
export type FeedbackTone = 'refusal' | 'approval' | 'neutral';

// Openings that tell the learner "wrong" or "right" before any explanation. Kept to phrases that
// cannot start a neutral sentence ("Juste" or "Pas" alone could, so they are not listed).
const REFUSALS = [
	'faux',
	'incorrect',
	'inexact',
	'non',
	'erreur',
	'erroné',
	'mauvaise réponse',
	'mauvais choix',
	'pas tout à fait',
	'pas vraiment',
	'pas du tout',
	'pas exactement',
	'raté',
	'perdu',
	'dommage',
	'hélas',
	'attention, ce n’est pas',
	'ce n’est pas la bonne',
	'ce n’est pas ça',
	'ce n’est pas exact',
	'ce n’est pas correct'
];
const APPROVALS = [
	'vrai',
	'correct',
	'exact',
	'exactement',
	'oui',
	'bravo',
	'bonne réponse',
	'bon choix',
	'parfait',
	'tout à fait',
	'effectivement',
	'en effet',
	'félicitations',
	'gagné',
	'bien joué',
	'bien vu',
	'c’est ça',
	'c’est exact',
	'c’est juste',
	'c’est correct',
	'c’est bien ça'
];

// Markdown emphasis, headings, quotes and punctuation an author may put before the first word.
const LEADING_NOISE = /^[\s*_#>~`«»"“”„'‘’([\-–—!¡?¿.:;,]+/u;

function opening(markdown: string): string {
	return markdown
		.normalize('NFC')
		.replace(/\u00a0|\u202f/g, ' ')
		.replace(/'/g, '’')
		.replace(LEADING_NOISE, '');
}

function startsWithPhrase(text: string, phrases: readonly string[]): string | undefined {
	return phrases.find(
		(phrase) => text.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(text.charAt(phrase.length))
	);
}

/** Reads the opening words of a feedback text; `word` is the phrase found, as the author wrote it. */
export function feedbackTone(markdown: string): { tone: FeedbackTone; word?: string } {
	const original = opening(markdown);
	const text = original.toLowerCase();
	const refusal = startsWithPhrase(text, REFUSALS);
	if (refusal) return { tone: 'refusal', word: original.slice(0, refusal.length) };
	const approval = startsWithPhrase(text, APPROVALS);
	if (approval) return { tone: 'approval', word: original.slice(0, approval.length) };
	return { tone: 'neutral' };
}
