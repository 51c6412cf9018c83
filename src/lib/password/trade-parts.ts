/**
 * The parts people glue to words in a password, priced as an attacker enumerates them: years,
 * dates, other numbers, and a few symbols (pure, no zxcvbn).
 */
import type { TradeKind } from './trade-lexicon';

/** Kind of one part of a trade pattern; never the text itself. */
export type PartKind = TradeKind | 'user' | 'year' | 'date' | 'digits' | 'symbols';

/** One part found at a position: where it ends, its guesses and kind, whether l33t was used. */
export interface Part {
	end: number;
	guesses: number;
	kind: PartKind;
	l33t: boolean;
}

/** Characters that may stand between the parts of a compound name ("ac-lille", "ac.lille"). */
export const JOINERS = '-._ ';

/** Years people put in passwords: birth years to the end of the next school years. */
export const YEAR_RANGE = { min: 1950, max: 2035 } as const;
const YEARS = YEAR_RANGE.max - YEAR_RANGE.min + 1;
/** Symbols in the order people add them; others are not part of a pattern. */
const SYMBOLS = '!.-_@*?#$&+=/,;: %()[]{}<>\'"~^|\\`';
/** Guesses for a run of digits read as a year, a date, or any number. */
function digitGuesses(digits: string): { guesses: number; kind: PartKind } {
	const n = digits.length;
	const year = Number(digits);
	if (n === 4 && year >= YEAR_RANGE.min && year <= YEAR_RANGE.max) {
		return { guesses: YEARS, kind: 'year' };
	}
	if (isDate(digits)) {
		const yearSpace = n === 8 ? YEARS : n === 6 ? 100 : 1;
		return { guesses: 366 * 2 * yearSpace, kind: 'date' };
	}
	return { guesses: 10 ** n, kind: 'digits' };
}

/** ddmm, mmdd, ddmmyy, ddmmyyyy or yyyymmdd with a real day and month. */
function isDate(digits: string): boolean {
	const valid = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
	const two = (at: number) => Number(digits.slice(at, at + 2));
	if (digits.length === 4 || digits.length === 6) {
		return valid(two(0), two(2)) || valid(two(2), two(0));
	}
	if (digits.length === 8) {
		const head = Number(digits.slice(0, 4));
		const tail = Number(digits.slice(4));
		const yearOk = (y: number) => y >= YEAR_RANGE.min && y <= YEAR_RANGE.max;
		return (
			(yearOk(tail) && (valid(two(0), two(2)) || valid(two(2), two(0)))) ||
			(yearOk(head) && valid(two(6), two(4)))
		);
	}
	return false;
}

const DATE_WITH_SEPARATORS = /^(\d{1,2})([/.\-_ ])(\d{1,2})\2(\d{4}|\d{2})/;

/** Numbers starting at `p`: every length up to 8 digits, and dates written with separators. */
export function numberParts(text: string, p: number): Part[] {
	const out: Part[] = [];
	let q = p;
	while (q < text.length && q - p < 8 && text[q]! >= '0' && text[q]! <= '9') {
		q += 1;
		out.push({ end: q, ...digitGuesses(text.slice(p, q)), l33t: false });
	}
	const dated = DATE_WITH_SEPARATORS.exec(text.slice(p, p + 10));
	if (dated && Number(dated[1]) <= 31 && Number(dated[3]) <= 31) {
		const yearSpace = dated[4]!.length === 4 ? YEARS : 100;
		out.push({
			end: p + dated[0].length,
			guesses: 366 * 2 * yearSpace * JOINERS.length,
			kind: 'date',
			l33t: false
		});
	}
	return out;
}

/** Runs of up to 3 symbols starting at `p`, priced by each symbol's rank. */
export function symbolParts(text: string, p: number): Part[] {
	const out: Part[] = [];
	let guesses = 1;
	for (let s = p; s < text.length && s - p < 3; s++) {
		const rank = SYMBOLS.indexOf(text[s]!);
		if (rank < 0) break;
		guesses *= rank + 1;
		out.push({ end: s + 1, guesses, kind: 'symbols', l33t: false });
	}
	return out;
}
