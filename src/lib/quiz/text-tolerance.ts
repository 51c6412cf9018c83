import { baseNormalize, foldText } from '../french';
import type { Tolerance } from './types';

// The normaliser is shared with the address helper (src/lib/french/normalize.ts): one folding everywhere.
export { baseNormalize };

const WHITESPACE = /\s+/gu;
const NOT_LETTER_DIGIT_SPACE = /[^\p{L}\p{N}\s]/gu;

/**
 * Applies Pix's treatments in order: t1 (lower case, no accents or ligatures, no spaces at all), then t2
 * (drop everything but letters, digits and spaces, collapse spaces). t3 is a comparison, not a
 * treatment: see `matchesAccepted`.
 */
export function applyTolerances(text: string, tolerances: readonly Tolerance[]): string {
	let result = baseNormalize(text);
	if (tolerances.includes('t1')) {
		result = foldText(result).replace(WHITESPACE, '');
	}
	if (tolerances.includes('t2')) {
		result = result.replace(NOT_LETTER_DIGIT_SPACE, '').replace(WHITESPACE, ' ').trim();
	}
	return result;
}

/** Edit distance (insertions, deletions, substitutions) between two strings, by code point. */
export function levenshtein(a: string, b: string): number {
	if (a === b) return 0;
	const left = Array.from(a);
	const right = Array.from(b);
	if (left.length === 0) return right.length;
	if (right.length === 0) return left.length;
	let previous = new Int32Array(right.length + 1);
	let current = new Int32Array(right.length + 1);
	for (let j = 0; j <= right.length; j++) previous[j] = j;
	for (let i = 1; i <= left.length; i++) {
		current[0] = i;
		const char = left[i - 1];
		for (let j = 1; j <= right.length; j++) {
			const cost = char === right[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		[previous, current] = [current, previous];
	}
	return previous[right.length]!;
}

// Accepted answers are treated once per question and tolerance set, not at every keystroke of grading.
const treatedCache = new WeakMap<readonly string[], Map<string, string[]>>();

function treatedSolutions(accepted: readonly string[], tolerances: readonly Tolerance[]): string[] {
	const key = [...tolerances].sort().join();
	let byTolerances = treatedCache.get(accepted);
	if (!byTolerances) {
		byTolerances = new Map();
		treatedCache.set(accepted, byTolerances);
	}
	let treated = byTolerances.get(key);
	if (!treated) {
		treated = accepted.map((solution) => applyTolerances(solution, tolerances));
		byTolerances.set(key, treated);
	}
	return treated;
}

/** Largest share of the learner's answer length that t3 lets differ (Pix: 25 %). */
export const T3_MAX_RATIO = 0.25;

/**
 * True when the learner's text matches one accepted answer: treatments apply to both sides, then
 * the match is exact, or with t3 within a Levenshtein distance of 25 % of the learner's answer
 * length (after treatment).
 */
export function matchesAccepted(
	input: string,
	accepted: readonly string[],
	tolerances: readonly Tolerance[]
): boolean {
	const answer = applyTolerances(input, tolerances);
	if (answer === '') return false;
	const fuzzy = tolerances.includes('t3');
	const answerLength = fuzzy ? Array.from(answer).length : 0;
	for (const expected of treatedSolutions(accepted, tolerances)) {
		if (answer === expected) return true;
		if (!fuzzy) continue;
		// The length gap is a lower bound of the distance: skip the quadratic work when it already fails.
		const gap = Math.abs(Array.from(expected).length - answerLength);
		if (gap / answerLength > T3_MAX_RATIO) continue;
		if (levenshtein(answer, expected) / answerLength <= T3_MAX_RATIO) return true;
	}
	return false;
}
