/**
 * Finds passwords built the way staff build them: words of the trade or the learner's own words,
 * years, dates, a few digits and symbols, glued together ("Ecole-Lille2024!"). Pure, no zxcvbn.
 *
 * Why a matcher of its own: zxcvbn prices each extra part of a password at 10^4 guesses at least,
 * a fair model of an attacker who does not know the words, so any password in four parts scores 4
 * however obvious its parts are. An attacker who targets this trade runs a combinator attack over
 * a short list instead; the guesses here count that attack: for every part, its rank in its list
 * (times its case, l33t and accent variants), and 3 kinds of part to choose from at each step.
 */
import { TRADE_LEXICON, type TradeKind } from './trade-lexicon';
import { JOINERS, numberParts, symbolParts, type PartKind, type Part } from './trade-parts';

export type { PartKind } from './trade-parts';

/** A span [i, j] (UTF-16 indexes, inclusive, as zxcvbn counts) and what it would cost to guess. */
export interface TradePattern {
	i: number;
	j: number;
	guesses: number;
	parts: PartKind[];
	l33t: boolean;
}

interface Word {
	/** Folded form (lowercase, no accents); "-" marks an optional separator. */
	form: string;
	kind: TradeKind | 'user';
	rank: number;
}

/** Each part can be a word, a number or symbols: the attacker chooses among 3 at every step. */
const PART_KINDS = 3;
/** Shortest word of the lexicon that may start a pattern (shorter ones match random text). */
const MIN_WORD = 3;
/** l33t substitutions: what a character may stand for. */
const LEET: Readonly<Record<string, string>> = {
	'4': 'a',
	'@': 'a',
	'8': 'b',
	'(': 'c',
	'3': 'e',
	'€': 'e',
	'6': 'g',
	'9': 'g',
	'1': 'il',
	'!': 'i',
	'|': 'il',
	'0': 'o',
	'5': 's',
	$: 's',
	'7': 't',
	'+': 't',
	'2': 'z'
};

/** Lowercase, accent-free, apostrophes dropped; "-" kept as an optional separator. */
export function foldWord(word: string): string {
	return word
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[\s._]+/g, '-');
}

let lexicon: Word[] | undefined;

/** The trade lexicon folded once, duplicates dropped (the first rank wins). */
function tradeWords(): Word[] {
	if (lexicon) return lexicon;
	const seen = new Set<string>();
	lexicon = [];
	for (const { word, kind } of TRADE_LEXICON) {
		const form = foldWord(word);
		if (seen.has(form)) continue;
		seen.add(form);
		lexicon.push({ form, kind, rank: lexicon.length + 1 });
	}
	return lexicon;
}

/** Folded forms of the trade lexicon, for zxcvbn's dictionary: joined and hyphenated. */
export function tradeDictionary(): { words: string[]; kinds: Map<string, TradeKind> } {
	const kinds = new Map<string, TradeKind>();
	for (const { form, kind } of tradeWords()) {
		for (const variant of [form.replace(/-/g, ''), form]) {
			if (!kinds.has(variant)) kinds.set(variant, kind as TradeKind);
		}
	}
	return { words: [...kinds.keys()], kinds };
}

/** zxcvbn's case variants: 1 all lowercase, 2 capitalised or all caps, else the combinations. */
export function caseVariants(token: string): number {
	const upper = [...token].filter((c) => c !== c.toLowerCase()).length;
	const lower = [...token].filter((c) => c !== c.toUpperCase()).length;
	if (upper === 0) return 1;
	if (
		lower === 0 ||
		(upper === 1 && (token[0] !== token[0]!.toLowerCase() || /\p{Lu}$/u.test(token)))
	)
		return 2;
	let total = 0;
	for (let k = 1; k <= Math.min(upper, lower); k++) total += binomial(upper + lower, k);
	return total;
}

function binomial(n: number, k: number): number {
	let r = 1;
	for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
	return r;
}

/** Matches `word` at `start`; returns the token or null. */
function matchWord(text: string, folded: string, start: number, word: Word): Part | null {
	let p = start;
	let subs = 0;
	let otherJoiner = false;
	for (const letter of word.form) {
		if (letter === '-') {
			if (p < text.length && JOINERS.includes(text[p]!)) {
				otherJoiner ||= text[p] !== '-';
				p += 1;
			}
			continue;
		}
		if (p >= text.length) return null;
		if (folded[p] !== letter) {
			if (!LEET[text[p]!]?.includes(letter)) return null;
			subs += 1;
		}
		p += 1;
	}
	const token = text.slice(start, p);
	const accents = token !== token.normalize('NFD').replace(/\p{M}/gu, '') ? 2 : 1;
	const guesses =
		word.rank * caseVariants(token) * 2 ** subs * (otherJoiner ? JOINERS.length : 1) * accents;
	return { end: p, guesses, kind: word.kind, l33t: subs > 0 };
}

/** Words indexed by their first letter, so that each position only tries a few. */
type WordIndex = ReadonlyMap<string, readonly Word[]>;

function indexWords(words: readonly Word[]): WordIndex {
	const index = new Map<string, Word[]>();
	for (const word of words) {
		const first = word.form[0]!;
		const bucket = index.get(first);
		if (bucket) bucket.push(word);
		else index.set(first, [word]);
	}
	return index;
}

let tradeIndex: WordIndex | undefined;

/** Every part that can start at `p`: words, numbers, dates written with separators, symbols. */
function tokensAt(text: string, folded: string, p: number, indexes: readonly WordIndex[]): Part[] {
	const out: Part[] = [];
	const firsts = new Set([folded[p]!, ...(LEET[text[p]!] ?? '')]);
	for (const index of indexes) {
		for (const first of firsts) {
			for (const word of index.get(first) ?? []) {
				const token = matchWord(text, folded, p, word);
				if (token && token.end - p >= Math.min(MIN_WORD, word.form.length)) out.push(token);
			}
		}
	}
	out.push(...numberParts(text, p), ...symbolParts(text, p));
	return out;
}

interface Step {
	cost: number;
	from: number;
	/** 1 when the path up to `from` already holds a word. */
	fromFlag: number;
	token: Part;
}

const NOT_WORDS: ReadonlySet<PartKind> = new Set(['year', 'date', 'digits', 'symbols']);

/**
 * Every span of `password` made only of such parts with at least one word, each with the
 * cheapest way to build it. `userWords` are the learner's words with their zxcvbn ranks.
 */
export function findTradePatterns(
	password: string,
	userWords: ReadonlyMap<string, number> = new Map()
): TradePattern[] {
	const text = password;
	// One folded unit per UTF-16 unit, so that indexes stay zxcvbn's.
	let folded = '';
	for (const c of text) {
		const base = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		folded += base.length === c.length ? base : '\0'.repeat(c.length);
	}
	const own = [...userWords].map(([word, rank]) => ({
		form: foldWord(word),
		kind: 'user' as const,
		rank
	}));
	tradeIndex ??= indexWords(tradeWords());
	const indexes = [indexWords(own.filter((word) => word.form.length >= 2)), tradeIndex];
	const tokens = Array.from({ length: text.length }, (_, p) => tokensAt(text, folded, p, indexes));
	const found: TradePattern[] = [];
	for (let start = 0; start < text.length; start++) {
		// best[hasWord][position]: the cheapest way to spell text[start, position).
		const best: (Step | undefined)[][] = [[], []];
		const origin: Part = { end: start, guesses: 1, kind: 'symbols', l33t: false };
		best[0]![start] = { cost: 1, from: -1, fromFlag: 0, token: origin };
		for (let p = start; p < text.length; p++) {
			for (const flag of [0, 1]) {
				const here = best[flag]![p];
				if (!here) continue;
				for (const token of tokens[p]!) {
					const next = NOT_WORDS.has(token.kind) ? flag : 1;
					const cost = here.cost * token.guesses * PART_KINDS;
					const there = best[next]![token.end];
					if (!there || cost < there.cost) {
						best[next]![token.end] = { cost, from: p, fromFlag: flag, token };
					}
				}
			}
		}
		for (let end = start + 1; end <= text.length; end++) {
			if (best[1]![end]) found.push(unwind(best, start, end));
		}
	}
	return found;
}

/** Walks the cheapest path back to list its parts (kinds only, never text). */
function unwind(best: (Step | undefined)[][], start: number, end: number): TradePattern {
	const parts: PartKind[] = [];
	let l33t = false;
	let position = end;
	let flag = 1;
	const cost = best[1]![end]!.cost;
	while (position > start) {
		const step: Step = best[flag]![position]!;
		parts.unshift(step.token.kind);
		l33t ||= step.token.l33t;
		position = step.from;
		flag = step.fromFlag;
	}
	return { i: start, j: end - 1, guesses: cost, parts, l33t };
}
