import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from './site-config';

function configFile(text: string): string {
	const path = join(mkdtempSync(join(tmpdir(), 'capsules-config-')), 'capsules.config.json');
	writeFileSync(path, text);
	return path;
}

describe('readSiteConfig', () => {
	it('reads the project’s file', () => {
		expect(readSiteConfig().contact).toMatch(/@/);
	});

	it('names the field of a bad value, and refuses unknown keys', () => {
		expect(() => readSiteConfig(configFile('{"contact":"personne"}'))).toThrow(
			/contact: doit être une adresse électronique/
		);
		expect(() => readSiteConfig(configFile('{"contact":"a@b.fr","contacte":1}'))).toThrow(
			/Unrecognized key|contacte/
		);
		expect(() => readSiteConfig(configFile('{'))).toThrow(/illisible/);
	});
});
