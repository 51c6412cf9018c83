import { describe, expect, it } from 'vitest';
import words from './passphrase-words.json';
import { BLOCKLIST, selectPassphraseWords, WORDLIST_SIZE } from './wordlist-select';

describe('passphrase word list', () => {
	it('has 4,096 distinct plain words of 4 to 8 letters, none blocklisted', () => {
		expect(words).toHaveLength(WORDLIST_SIZE);
		expect(WORDLIST_SIZE).toBeGreaterThanOrEqual(2757); // CNIL: 7 words ≥ 80 bits
		expect(new Set(words).size).toBe(words.length);
		for (const word of words) {
			expect(word).toMatch(/^[a-z]{4,8}$/);
			expect(BLOCKLIST.has(word)).toBe(false);
		}
	});

	it('is exactly what build-wordlist.ts derives from @zxcvbn-ts/language-fr', async () => {
		const [{ dictionary }, common] = await Promise.all([
			import('@zxcvbn-ts/language-fr'),
			import('@zxcvbn-ts/language-common')
		]);
		const rebuilt = selectPassphraseWords(
			dictionary['commonWords-fr'],
			common.dictionary['diceware-common'].map(String)
		);
		expect(rebuilt).toEqual(words);
	});
});
