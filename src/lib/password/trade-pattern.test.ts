import { describe, expect, it } from 'vitest';
import { caseVariants, findTradePatterns, foldWord, tradeDictionary } from './trade-pattern';

/** The pattern covering the whole password, if any. */
const whole = (password: string, own: [string, number][] = []) =>
	findTradePatterns(password, new Map(own)).find((p) => p.i === 0 && p.j === password.length - 1);

describe('findTradePatterns', () => {
	it('reads Ecole-Lille2024! as word, symbol, académie, year, symbol, priced far below 10^10', () => {
		const found = whole('Ecole-Lille2024!')!;
		expect(found.parts).toEqual(['school', 'symbols', 'academy', 'year', 'symbols']);
		expect(found.guesses).toBeLessThan(1e8);
		expect(found.l33t).toBe(false);
	});

	it('reads mail domains joined, hyphenated or dotted', () => {
		for (const password of ['AcLille-2025!', 'ac-lille2025', 'ac.lille_2025']) {
			expect(whole(password)?.parts[0], password).toBe('domain');
		}
	});

	it('folds accents and l33t, and says l33t was used', () => {
		expect(whole('Rentrée2025')!.parts).toEqual(['school', 'year']);
		const leet = whole('3c0l3-L1ll3!')!;
		expect(leet.parts).toEqual(['school', 'symbols', 'academy', 'symbols']);
		expect(leet.l33t).toBe(true);
		expect(leet.guesses).toBeGreaterThan(whole('ecole-lille!')!.guesses);
	});

	it('ranks the learner’s words first', () => {
		const own: [string, number][] = [
			['claire', 1],
			['martin', 2],
			['lyon', 3]
		];
		expect(whole('Martin.Lyon2024!', own)!.parts).toEqual([
			'user',
			'symbols',
			'user',
			'year',
			'symbols'
		]);
		expect(whole('Martin.Lyon2024!')).toBeUndefined(); // "martin" is no trade word
	});

	it('knows years 1950–2035 and dates', () => {
		expect(whole('lycee1950')!.parts).toEqual(['school', 'year']);
		expect(whole('lycee2035')!.parts).toEqual(['school', 'year']);
		expect(whole('lycee1949')!.parts).not.toEqual(['school', 'year']);
		expect(whole('college12/09/2025')!.parts).toEqual(['school', 'date']);
		expect(whole('college12092025')!.parts).toEqual(['school', 'date']);
		expect(whole('college0109')!.parts).toEqual(['school', 'date']);
	});

	it('needs a word: digits and symbols alone are zxcvbn’s job', () => {
		expect(findTradePatterns('2024!!')).toEqual([]);
	});

	it('finds nothing in random text or in a passphrase of ordinary words', () => {
		expect(whole('v7#Qm!2pLz$9wXa')).toBeUndefined();
		expect(whole('girafe rideau pomme tonnerre valise cerise hibou')).toBeUndefined();
	});

	it('returns kinds and indexes, never the text', () => {
		const serialized = JSON.stringify(findTradePatterns('Ecole-Lille2024!')).toLowerCase();
		for (const part of ['ecole', 'lille', '2024']) expect(serialized).not.toContain(part);
	});

	it('stays fast on 64 characters of trade words', () => {
		const text = 'lille'.repeat(12) + 'li12';
		findTradePatterns(text);
		const start = performance.now();
		findTradePatterns(text);
		expect(performance.now() - start).toBeLessThan(200);
	});
});

describe('helpers', () => {
	it('counts case variants as zxcvbn does', () => {
		expect(caseVariants('lille')).toBe(1);
		expect(caseVariants('Lille')).toBe(2);
		expect(caseVariants('LILLE')).toBe(2);
		expect(caseVariants('AcLille')).toBe(28); // C(7,1) + C(7,2)
	});

	it('folds words and builds the zxcvbn dictionary with joined and hyphenated forms', () => {
		expect(foldWord('Villeneuve-d’Ascq')).toBe('villeneuve-dascq');
		const { words, kinds } = tradeDictionary();
		for (const word of ['ecole', 'academie', 'aclille', 'ac-lille', 'aixmarseille']) {
			expect(words, word).toContain(word);
		}
		expect(kinds.get('aclille')).toBe('domain');
		expect(kinds.get('lille')).toBe('academy');
		expect(new Set(words).size).toBe(words.length);
	});
});
