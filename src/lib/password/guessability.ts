/**
 * Guessability with zxcvbn-ts, loaded on demand (dynamic imports only: the dictionaries, ~530 KB
 * gzip, must never be part of a page's initial JavaScript). Runs in the worker and in Node tests.
 */
import type { Matcher, MatchExtended, ZxcvbnResult } from '@zxcvbn-ts/core';
import { graphemes } from './graphemes';
import type { TradeKind } from './trade-lexicon';
import { findTradePatterns, tradeDictionary, type PartKind } from './trade-pattern';
import { stripAccents } from './user-inputs';

/**
 * Longest prefix analysed, in UTF-16 code units (cut on a grapheme boundary). zxcvbn's cost grows
 * fast with length (several hundred ms at 64 units on a slow machine); a password that is still
 * easy to guess after 64 characters is caught on its prefix anyway (repeats, words).
 */
export const MAX_ANALYSED_UNITS = 64;

/** What the worker receives: the password and the user inputs, nothing else. */
export interface GuessabilityRequest {
	id: number;
	password: string;
	userInputs: string[];
}

/** A weakness found by zxcvbn, in password order; never contains the password's text. */
export type Finding =
	| 'common-password'
	| 'common-word'
	| 'name'
	| 'user-input'
	| 'school-word'
	| 'academy'
	| 'academy-domain'
	| 'city'
	| 'l33t'
	| 'reversed'
	| 'keyboard'
	| 'sequence'
	| 'repeat'
	| 'date'
	| 'year'
	| 'digits';

/** What the worker sends back: numbers and finding kinds, never the password or its parts. */
export interface GuessabilityResult {
	id: number;
	/** zxcvbn score 0–4 (4 = at least 10^10 guesses). */
	score: 0 | 1 | 2 | 3 | 4;
	guessesLog10: number;
	/** Time to guess with 10,000 guesses per second (stolen database, slow hash). */
	seconds: number;
	findings: Finding[];
	/** True when only the first MAX_ANALYSED_UNITS code units were analysed. */
	truncated: boolean;
	/** True when the accent-free variant was the weaker one. */
	accentFreeWeaker: boolean;
}

/** Cuts a string to at most `maxUnits` UTF-16 code units without splitting a grapheme. */
export function capForAnalysis(
	password: string,
	maxUnits = MAX_ANALYSED_UNITS
): { text: string; truncated: boolean } {
	if (password.length <= maxUnits) return { text: password, truncated: false };
	// Only the head needs segmenting: the longest grapheme we keep fits in maxUnits.
	let text = '';
	for (const g of graphemes(password.slice(0, maxUnits + 1))) {
		if (text.length + g.length > maxUnits) break;
		text += g;
	}
	return { text, truncated: true };
}

const YEAR = /(?:19|20)\d\d/;
const DIGITS = /\p{Nd}{2,}/u;

/** The finding each part of a trade pattern is explained as (symbols say nothing). */
const PART_FINDINGS: Readonly<Record<PartKind, Finding | null>> = {
	school: 'school-word',
	academy: 'academy',
	domain: 'academy-domain',
	city: 'city',
	user: 'user-input',
	year: 'year',
	date: 'date',
	digits: 'digits',
	symbols: null
};

/** Name of the trade dictionary and of the trade pattern matcher in zxcvbn. */
export const TRADE = 'metier';

let tradeKinds: Map<string, TradeKind> | undefined;

/** Maps zxcvbn's match sequence to finding kinds (consecutive duplicates merged). */
export function findingsOf(sequence: readonly MatchExtended[]): Finding[] {
	const out: Finding[] = [];
	const push = (f: Finding) => {
		if (out[out.length - 1] !== f) out.push(f);
	};
	for (const match of sequence) {
		switch (match.pattern) {
			case 'dictionary': {
				const name = String(match['dictionaryName'] ?? '');
				const kind = name === TRADE ? tradeKinds?.get(String(match['matchedWord'])) : undefined;
				if (kind) push(PART_FINDINGS[kind]!);
				else if (name === 'userInputs') push('user-input');
				else if (name.startsWith('passwords')) push('common-password');
				else if (name.startsWith('firstnames') || name.startsWith('lastnames')) push('name');
				else push('common-word');
				if (match['reversed']) push('reversed');
				if (match['l33t']) push('l33t');
				break;
			}
			case 'spatial':
				push('keyboard');
				break;
			case 'sequence':
				push('sequence');
				break;
			case 'repeat':
				push('repeat');
				break;
			case 'date':
				push('date');
				break;
			case 'regex':
				push(match['regexName'] === 'recentYear' ? 'year' : 'digits');
				break;
			case TRADE:
				for (const part of match['parts'] as PartKind[]) {
					const finding = PART_FINDINGS[part];
					if (finding) push(finding);
				}
				if (match['l33t']) push('l33t');
				break;
			default:
				// zxcvbn sometimes prices "2024!" as brute force: still name the year for the learner.
				if (YEAR.test(match.token)) push('year');
				else if (DIGITS.test(match.token)) push('digits');
		}
	}
	return out;
}

type Check = (password: string, userInputs: string[]) => ZxcvbnResult;

/** What zxcvbn hands a matcher: the password and the learner's words with their ranks. */
interface MatchInput {
	password: string;
	userInputsOptions?: { rankedDictionary: Record<string, number> };
}

/** Trade patterns (trade-pattern.ts) as a zxcvbn matcher: one match per span, priced by it. */
class TradeMatching {
	match({ password, userInputsOptions }: MatchInput): MatchExtended[] {
		const own = new Map(Object.entries(userInputsOptions?.rankedDictionary ?? {}));
		return findTradePatterns(password, own).map((found) => ({
			pattern: TRADE,
			i: found.i,
			j: found.j,
			token: password.slice(found.i, found.j + 1),
			tradeGuesses: found.guesses,
			parts: found.parts,
			l33t: found.l33t
		}));
	}
}

const tradeMatcher = {
	Matching: TradeMatching,
	scoring: (match: MatchExtended) => match['tradeGuesses'] as number,
	feedback: () => null
} as unknown as Matcher;

/**
 * Loads zxcvbn-ts with the common and French dictionaries, the trade dictionary and its pattern
 * matcher, French feedback and keyboard graphs.
 */
export async function loadZxcvbn(): Promise<Check> {
	const [{ ZxcvbnFactory }, common, fr] = await Promise.all([
		import('@zxcvbn-ts/core'),
		import('@zxcvbn-ts/language-common'),
		import('@zxcvbn-ts/language-fr')
	]);
	const trade = tradeDictionary();
	tradeKinds = trade.kinds;
	const factory = new ZxcvbnFactory(
		{
			translations: fr.translations,
			graphs: common.adjacencyGraphs,
			dictionary: { ...common.dictionary, ...fr.dictionary, [TRADE]: trade.words },
			maxLength: MAX_ANALYSED_UNITS
		},
		{ [TRADE]: tradeMatcher }
	);
	return (password, userInputs) => factory.check(password, userInputs);
}

/** Scores the NFC form and the accent-free form, keeps the weaker (fewer guesses). */
export function estimateGuessability(
	check: Check,
	request: GuessabilityRequest
): GuessabilityResult {
	const { text, truncated } = capForAnalysis(request.password.normalize('NFC'));
	const plain = stripAccents(text);
	let result = check(text, request.userInputs);
	let accentFreeWeaker = false;
	if (plain !== text) {
		const other = check(plain, request.userInputs);
		if (other.guesses < result.guesses) {
			result = other;
			accentFreeWeaker = true;
		}
	}
	return {
		id: request.id,
		score: result.score,
		guessesLog10: result.guessesLog10,
		seconds: result.crackTimes.offlineSlowHashingXPerSecond.seconds,
		findings: findingsOf(result.sequence),
		truncated,
		accentFreeWeaker
	};
}
