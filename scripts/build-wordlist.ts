/**
 * Builds passphrase-words.json from @zxcvbn-ts/language-fr's commonWords-fr (OpenSubtitles 2024 via
 * OPUS, ODC-BY, see the README, "Vérifier un mot de passe"). Run: `npx tsx scripts/build-wordlist.ts`.
 * wordlist.test.ts re-runs the selection and fails if the committed file differs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { selectPassphraseWords, WORDLIST_SIZE } from '../src/lib/password/wordlist-select';

/** Writes the JSON file beside the password code. */
async function main(): Promise<void> {
	const [{ dictionary }, common] = await Promise.all([
		import('@zxcvbn-ts/language-fr'),
		import('@zxcvbn-ts/language-common')
	]);
	const words = selectPassphraseWords(
		dictionary['commonWords-fr'],
		common.dictionary['diceware-common'].map(String)
	);
	if (words.length !== WORDLIST_SIZE) throw new Error(`${words.length} mots seulement`);
	const target = fileURLToPath(
		new URL('../src/lib/password/passphrase-words.json', import.meta.url)
	);
	writeFileSync(target, JSON.stringify(words) + '\n');
	console.log(`${words.length} mots écrits dans ${target}`);
}

void main();
