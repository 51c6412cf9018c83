import { describe, expect, it } from 'vitest';
import {
	fixtureText,
	KNOWN_SLUGS,
	malformedFixtures,
	NOW
} from '../../../tests/fixtures/progress/fixtures';
import { parseExportFile, type ImportRefusal } from './export-format';
import { MAX_IMPORT_BYTES } from './limits';

/** Each malformed fixture and the reason it must be refused for. */
const EXPECTED: Record<string, ImportRefusal> = {
	'array-root.json': 'not-an-export',
	'constructor-key.json': 'forbidden-key',
	'duplicate-attempt-run.json': 'duplicate-attempt',
	'duplicate-attempt.json': 'duplicate-attempt',
	'duplicate-module.json': 'duplicate-module',
	'empty.json': 'empty',
	'ended-before-start.json': 'inconsistent-dates',
	'foreign-app.json': 'not-an-export',
	'future-date.json': 'future-date',
	'impossible-date.json': 'invalid-shape',
	'newer-version.json': 'newer-version',
	'not-json.json': 'not-json',
	'proto-key.json': 'forbidden-key',
	'score-above-total.json': 'inconsistent-score',
	'too-old-date.json': 'too-old',
	'truncated.json': 'not-json',
	'unknown-key.json': 'invalid-shape',
	'unknown-slug.json': 'unknown-modules',
	'wrong-answer-type.json': 'invalid-shape',
	'wrong-format.json': 'not-an-export',
	'wrong-types.json': 'invalid-shape',
	'wrong-version-type.json': 'unknown-version'
};

describe('parseExportFile', () => {
	it('accepts the valid fixture', () => {
		const result = parseExportFile(fixtureText('valid-export.json'), KNOWN_SLUGS, NOW);
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.file.modules.map((module) => module.slug)).toEqual([
				'messagerie-academique',
				'mot-de-passe'
			]);
		}
	});

	it('has an expectation for every malformed fixture (at least 10)', () => {
		expect(malformedFixtures()).toEqual(Object.keys(EXPECTED).sort());
		expect(malformedFixtures().length).toBeGreaterThanOrEqual(10);
	});

	it.each(Object.entries(EXPECTED))('refuses %s (%s)', (name, reason) => {
		const result = parseExportFile(fixtureText(`malformed/${name}`), KNOWN_SLUGS, NOW);
		expect(result).toMatchObject({ ok: false, reason });
		if (!result.ok) expect(result.message).toMatch(/Votre progression n’a pas été modifiée\.$/);
	});

	it('gives each reason its own message', () => {
		const messages = new Map<string, string>();
		for (const [name, reason] of Object.entries(EXPECTED)) {
			const result = parseExportFile(fixtureText(`malformed/${name}`), KNOWN_SLUGS, NOW);
			if (!result.ok && !messages.has(reason)) messages.set(reason, result.message);
		}
		expect(new Set(messages.values()).size).toBe(messages.size);
	});

	it('names the faulty field of a wrong type', () => {
		const result = parseExportFile(fixtureText('malformed/wrong-types.json'), KNOWN_SLUGS, NOW);
		expect(!result.ok && result.message).toContain('modules[0].attempts[0].score');
	});

	it('lists unknown module slugs', () => {
		const result = parseExportFile(fixtureText('malformed/unknown-slug.json'), KNOWN_SLUGS, NOW);
		expect(!result.ok && result.message).toContain('« module-inconnu »');
	});

	it('refuses a huge file before parsing it', () => {
		const huge = `{"format":"capsules-progress","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
		const result = parseExportFile(huge, KNOWN_SLUGS, NOW);
		expect(result).toMatchObject({ ok: false, reason: 'too-large' });
		expect(!result.ok && result.message).toContain('5 Mo');
	});

	it('counts UTF-8 bytes, not characters, against the cap', () => {
		// 2 million "é" = 2 million characters but 4 million bytes, under the cap either way;
		// 3 million "é" = 6 million bytes, over the 5 Mo cap though under it in characters.
		const over = `"${'é'.repeat(3_000_000)}"`;
		expect(parseExportFile(over, KNOWN_SLUGS, NOW)).toMatchObject({ reason: 'too-large' });
		const under = `"${'é'.repeat(2_000_000)}"`;
		expect(parseExportFile(under, KNOWN_SLUGS, NOW)).toMatchObject({ reason: 'not-an-export' });
	});

	it('accepts dates within the clock skew but not beyond', () => {
		const file = JSON.parse(fixtureText('valid-export.json'));
		file.exportedAt = new Date(NOW + 30 * 60 * 1000).toISOString();
		expect(parseExportFile(JSON.stringify(file), KNOWN_SLUGS, NOW).ok).toBe(true);
		file.exportedAt = new Date(NOW + 2 * 60 * 60 * 1000).toISOString();
		expect(parseExportFile(JSON.stringify(file), KNOWN_SLUGS, NOW)).toMatchObject({
			reason: 'future-date'
		});
	});

	it('refuses an attempt that ends after the export date', () => {
		const file = JSON.parse(fixtureText('valid-export.json'));
		file.exportedAt = '2026-11-21T00:00:00.000Z';
		expect(parseExportFile(JSON.stringify(file), KNOWN_SLUGS, NOW)).toMatchObject({
			reason: 'inconsistent-dates'
		});
	});

	it('accepts dates written with a time-zone offset', () => {
		const file = JSON.parse(fixtureText('valid-export.json'));
		file.modules[1].startedAt = '2026-11-25T15:00:00+01:00';
		expect(parseExportFile(JSON.stringify(file), KNOWN_SLUGS, NOW).ok).toBe(true);
	});
});
