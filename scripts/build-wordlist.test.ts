// The passphrase list is data derived from a third-party package: its licence must allow it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('build-wordlist source', () => {
	it('comes from a package whose data licence (ODC-BY) allows our use with attribution', () => {
		const root = new URL('../node_modules/@zxcvbn-ts/language-fr/', import.meta.url);
		const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
			license: string;
		};
		expect(pkg.license).toBe('MIT');
		expect(readFileSync(new URL('NOTICE.md', root), 'utf8')).toContain('ODC-BY');
	});
});
