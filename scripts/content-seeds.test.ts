// The modules of the Réseau Canopé / Pix series are CC BY-NC-ND: `content/` must hold them
// byte for byte as their authors published them. Corrections go in `<slug>.extras.yaml`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Each shipped module, the name of its published seed file, and that file's SHA-256. */
const SEEDS = [
	{
		content: 'content/messagerie-academique.md',
		seed: '000_959ffd497017dbba.txt',
		sha256: '8a5d4bb3ec19bc123f70920d85053de6b532b562e5a8eebe89271585f0eaddc0'
	},
	{
		content: 'content/configurer-son-client-de-messagerie-pour-recevoir-ses-mails-academiques.md',
		seed: 'configurer-son-client-de-messagerie-pour-recevoir-ses-mails-academiques.md',
		sha256: '51c78af685f55be69f5844f3e97acbab309989eae1123bf59eddd5a8fcc351ba'
	},
	{
		content: 'content/ameliorer-la-cybersecurite-de-ses-outils-numeriques.md',
		seed: 'ameliorer-la-cybersecurite-de-ses-outils-numeriques.md',
		sha256: 'a349d164138c4457a1b94a67f7213822629d629d4f8498786eda66c2585ad0a4'
	}
];

// The published seeds live beside the repository on the team's machines, not in a clean clone:
// there the recorded hashes stand for them.
const SEEDS_DIR = [
	process.env.CAPSULES_SEEDS_DIR,
	resolve('../shared/seeds'),
	resolve('../../shared/seeds')
].find((dir): dir is string => dir !== undefined && existsSync(dir));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('modules shipped as published', () => {
	it.each(SEEDS)('$content is byte-identical to its seed $seed', ({ content, sha256: hash }) => {
		expect(sha256(readFileSync(content))).toBe(hash);
	});

	it.runIf(SEEDS_DIR !== undefined).each(SEEDS)(
		'the recorded hash of $seed is the published file’s, and $content equals it',
		({ content, seed, sha256: hash }) => {
			const published = readFileSync(join(SEEDS_DIR!, seed));
			expect(sha256(published)).toBe(hash);
			expect(readFileSync(content).equals(published)).toBe(true);
		}
	);
});
