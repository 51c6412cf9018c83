import { describe, expect, it } from 'vitest';
import {
	clockFixtures,
	fixtureText,
	KNOWN_SLUGS,
	malformedFixtures
} from '../../../tests/fixtures/progress/fixtures';
import { parseExportFile, type ImportRefusal } from './export-format';
import type { QuizFacts } from './import-checks';
import { MAX_IMPORT_BYTES } from './limits';

/** Each malformed fixture and the reason it must be refused for. */
const EXPECTED: Record<string, ImportRefusal> = {
	'array-root.json': 'not-an-export',
	'constructor-key.json': 'forbidden-key',
	'duplicate-attempt-run.json': 'duplicate-attempt',
	'duplicate-attempt.json': 'duplicate-attempt',
	'claims-10000-points.json': 'impossible-attempt',
	'duplicate-module.json': 'duplicate-module',
	'empty.json': 'empty',
	'foreign-app.json': 'not-an-export',
	'impossible-date.json': 'invalid-shape',
	'newer-version.json': 'newer-version',
	'not-json.json': 'not-json',
	'passed-at-zero.json': 'impossible-attempt',
	'proto-key.json': 'forbidden-key',
	'score-above-total.json': 'inconsistent-score',
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
		const result = parseExportFile(fixtureText('valid-export.json'), KNOWN_SLUGS);
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
		const result = parseExportFile(fixtureText(`malformed/${name}`), KNOWN_SLUGS);
		expect(result).toMatchObject({ ok: false, reason });
		if (!result.ok) expect(result.message).toMatch(/Votre progression n’a pas été modifiée\.$/);
	});

	it('gives each reason its own message', () => {
		const messages = new Map<string, string>();
		for (const [name, reason] of Object.entries(EXPECTED)) {
			const result = parseExportFile(fixtureText(`malformed/${name}`), KNOWN_SLUGS);
			if (!result.ok && !messages.has(reason)) messages.set(reason, result.message);
		}
		expect(new Set(messages.values()).size).toBe(messages.size);
	});

	it('names the faulty field of a wrong type', () => {
		const result = parseExportFile(fixtureText('malformed/wrong-types.json'), KNOWN_SLUGS);
		expect(!result.ok && result.message).toContain('modules[0].attempts[0].score');
	});

	it('lists unknown module slugs', () => {
		const result = parseExportFile(fixtureText('malformed/unknown-slug.json'), KNOWN_SLUGS);
		expect(!result.ok && result.message).toContain('« module-inconnu »');
	});

	it('refuses a huge file before parsing it', () => {
		const huge = `{"format":"capsules-progress","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
		const result = parseExportFile(huge, KNOWN_SLUGS);
		expect(result).toMatchObject({ ok: false, reason: 'too-large' });
		expect(!result.ok && result.message).toContain('5 Mo');
	});

	it('counts UTF-8 bytes, not characters, against the cap', () => {
		// 2 million "é" = 2 million characters but 4 million bytes, under the cap either way;
		// 3 million "é" = 6 million bytes, over the 5 Mo cap though under it in characters.
		const over = `"${'é'.repeat(3_000_000)}"`;
		expect(parseExportFile(over, KNOWN_SLUGS)).toMatchObject({ reason: 'too-large' });
		const under = `"${'é'.repeat(2_000_000)}"`;
		expect(parseExportFile(under, KNOWN_SLUGS)).toMatchObject({ reason: 'not-an-export' });
	});

	// A school computer's clock set to 2019, or a month ahead, then corrected: what Capsules
	// recorded and exported is the learner's own, and is imported as it is.
	it.each(clockFixtures())('accepts %s, written under a wrong clock', (name) => {
		expect(parseExportFile(fixtureText(`clock/${name}`), KNOWN_SLUGS).ok).toBe(true);
	});

	it('accepts an export whose attempts end after its export date (clock set back since)', () => {
		const file = JSON.parse(fixtureText('valid-export.json'));
		file.exportedAt = '2026-11-21T00:00:00.000Z';
		expect(parseExportFile(JSON.stringify(file), KNOWN_SLUGS).ok).toBe(true);
	});

	it('refuses 100,000 levels of nesting as too deep, saying so', () => {
		const deep = `{"format":"capsules-progress","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
		const result = parseExportFile(deep, KNOWN_SLUGS);
		expect(result).toMatchObject({ ok: false, reason: 'too-deep' });
		expect(!result.ok && result.message).toContain('plus de 64 niveaux');
	});

	it('says why an attempt is impossible', () => {
		const claims = parseExportFile(fixtureText('malformed/claims-10000-points.json'), KNOWN_SLUGS);
		expect(!claims.ok && claims.message).toContain(
			'modules[0].attempts[1] (module « messagerie-academique ») est impossible'
		);
		expect(!claims.ok && claims.message).toContain(
			'annonce 10\u202f000 questions mais contient 5 réponses'
		);
		const zero = parseExportFile(fixtureText('malformed/passed-at-zero.json'), KNOWN_SLUGS);
		expect(!zero.ok && zero.message).toContain('elle est dite réussie avec 0/5');
	});

	describe('against the quiz as the build knows it', () => {
		// The fixture's attempts were taken on the quiz whose hash is "sha256-abc123".
		const file = () => JSON.parse(fixtureText('valid-export.json'));
		const check = (content: unknown, quiz: QuizFacts) =>
			parseExportFile(
				JSON.stringify(content),
				KNOWN_SLUGS,
				new Map([['messagerie-academique', quiz]])
			);

		it('accepts attempts that fit the quiz', () => {
			expect(check(file(), { hash: 'sha256-abc123', questionCount: 5, passMark: 80 }).ok).toBe(
				true
			);
		});

		it('refuses an attempt on these questions with another number of questions', () => {
			const result = check(file(), { hash: 'sha256-abc123', questionCount: 17, passMark: 80 });
			expect(result).toMatchObject({ ok: false, reason: 'impossible-attempt' });
			expect(!result.ok && result.message).toContain('le quiz en compte 17');
		});

		it('refuses "passed" below the pass mark, and "failed" above it', () => {
			const passed = file();
			passed.modules[0].attempts[0].passed = true; // 3/5 = 60 %
			const low = check(passed, { hash: 'sha256-abc123', questionCount: 5, passMark: 80 });
			expect(low).toMatchObject({ ok: false, reason: 'impossible-attempt' });
			expect(!low.ok && low.message).toContain('seuil de réussite du quiz est de 80\u00a0%');
			const failed = check(file(), { hash: 'sha256-abc123', questionCount: 5, passMark: 60 });
			expect(failed).toMatchObject({ ok: false, reason: 'impossible-attempt' });
		});

		it('accepts an attempt on an earlier version of the quiz (other hash) when it is possible', () => {
			// 5 questions then, 17 now, and the pass mark may have changed: only what no quiz allows is refused.
			expect(check(file(), { hash: 'sha256-new', questionCount: 17, passMark: 50 }).ok).toBe(true);
		});
	});

	it('accepts dates written with a time-zone offset', () => {
		const file = JSON.parse(fixtureText('valid-export.json'));
		file.modules[1].startedAt = '2026-11-25T15:00:00+01:00';
		expect(parseExportFile(JSON.stringify(file), KNOWN_SLUGS).ok).toBe(true);
	});
});
