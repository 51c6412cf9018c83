/**
 * Words an attacker targeting education staff tries first. zxcvbn ranks them as "user inputs", so a
 * password built on them is flagged even when it is not in a general dictionary.
 */
export const TRADE_WORDS: readonly string[] = [
	'numen',
	'education',
	'educationnationale',
	'academie',
	'rectorat',
	'ministere',
	'enseignant',
	'enseignante',
	'professeur',
	'prof',
	'college',
	'lycee',
	'ecole',
	'eleve',
	'classe',
	'inspection',
	'dsden',
	'messagerie',
	'webmail',
	'arena',
	'capsules'
];

/** The 30 académies and the vice-rectorats, as a learner would type them in a password. */
export const ACADEMY_WORDS: readonly string[] = [
	'aix',
	'marseille',
	'amiens',
	'besancon',
	'bordeaux',
	'clermont',
	'ferrand',
	'corse',
	'creteil',
	'dijon',
	'grenoble',
	'guadeloupe',
	'guyane',
	'reunion',
	'lille',
	'limoges',
	'lyon',
	'martinique',
	'mayotte',
	'montpellier',
	'nancy',
	'metz',
	'nantes',
	'nice',
	'normandie',
	'caen',
	'rouen',
	'orleans',
	'tours',
	'paris',
	'poitiers',
	'reims',
	'rennes',
	'strasbourg',
	'toulouse',
	'versailles',
	'noumea',
	'caledonie',
	'polynesie',
	'wallis',
	'futuna'
];

/** Longest user input kept: zxcvbn only needs words, not sentences. */
const MAX_INPUT_LENGTH = 40;

/**
 * User inputs for zxcvbn: the trade words, the académies and the learner's own words (names,
 * académie) when known, lowercased, NFC, deduplicated, with accent-free variants.
 */
export function buildUserInputs(personal: readonly string[] = []): string[] {
	const out = new Set<string>([...TRADE_WORDS, ...ACADEMY_WORDS]);
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
