/** The learner's own words, as zxcvbn user inputs. */

/** Longest user input kept: zxcvbn only needs words, not sentences. */
const MAX_INPUT_LENGTH = 40;

/**
 * User inputs for zxcvbn: the learner's own words (names, académie) only, lowercased, NFC,
 * deduplicated, with accent-free variants, in the order given. They rank first (rank 1, 2…): the
 * trade's words are a dictionary of their own (trade-lexicon.ts), so a name is never ranked
 * after sixty built-in words, as it was.
 */
export function buildUserInputs(personal: readonly string[] = []): string[] {
	const out = new Set<string>();
	for (const raw of personal) {
		for (const word of raw
			.normalize('NFC')
			.toLowerCase()
			.split(/[^\p{L}\p{Nd}]+/u)) {
			if (word.length < 2 || word.length > MAX_INPUT_LENGTH) continue;
			out.add(word);
			out.add(stripAccents(word));
		}
	}
	return [...out];
}

/** Removes combining marks after canonical decomposition ("Académie" → "Academie"), result in NFC. */
export function stripAccents(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
