// The store's rules without a database: what each action writes.
import { describe, expect, it } from 'vitest';
import { fixtureText, KNOWN_SLUGS } from '../../../tests/fixtures/progress/fixtures';
import {
	attemptChanges,
	checkNewAttempt,
	mergeImportChanges,
	replaceImportChanges,
	snapshotLoadDecision,
	snapshotSaveChanges,
	touchModule,
	videoWatchedChanges
} from './changes';
import { parseExportFile, type ExportFile } from './export-format';
import type { ModuleData } from './model';
import type { ModuleRecord, NewAttempt, SnapshotRecord } from './records';

const SLUG = 'messagerie-academique';
const T0 = '2026-11-20T09:00:00.000Z';
const T1 = '2026-11-25T09:00:00.000Z';
const T2 = '2026-11-27T09:00:00.000Z';

const record = (overrides: Partial<ModuleRecord> = {}): ModuleRecord => ({
	slug: SLUG,
	startedAt: T0,
	updatedAt: T1,
	videoWatchedAt: null,
	...overrides
});

const snapshot = (overrides: Partial<SnapshotRecord> = {}): SnapshotRecord => ({
	slug: SLUG,
	quizHash: 'h1',
	startedAt: T0,
	savedAt: T1,
	snapshotJson: '{"step":1}',
	...overrides
});

const attempt = (overrides: Partial<NewAttempt> = {}): NewAttempt => ({
	startedAt: '2026-11-28T10:00:00.000Z',
	endedAt: '2026-11-28T10:05:00.000Z',
	score: 4,
	total: 5,
	passed: true,
	quizHash: 'h1',
	answers: ['q1', 'q2', 'q3', 'q4', 'q5'].map((questionId, i) => ({
		questionId,
		answer: 'a',
		correct: i !== 2
	})),
	...overrides
});

function validFile(): ExportFile {
	const parsed = parseExportFile(fixtureText('valid-export.json'), KNOWN_SLUGS);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.file;
}

describe('touchModule', () => {
	it('creates the record at the first activity', () => {
		expect(touchModule(null, SLUG, T1)).toEqual({
			slug: SLUG,
			startedAt: T1,
			updatedAt: T1,
			videoWatchedAt: null
		});
	});

	it('moves the last activity forward, never back, and keeps the start', () => {
		expect(touchModule(record(), SLUG, T2)).toMatchObject({ startedAt: T0, updatedAt: T2 });
		expect(touchModule(record({ updatedAt: T2 }), SLUG, T1)).toMatchObject({ updatedAt: T2 });
	});

	it('leaves the stored record untouched', () => {
		const stored = record();
		touchModule(stored, SLUG, T2);
		expect(stored.updatedAt).toBe(T1);
	});
});

describe('videoWatchedChanges', () => {
	it('ticks with the date of the first tick, and unticks', () => {
		expect(videoWatchedChanges(null, SLUG, true, T1)).toEqual({
			putModules: [{ slug: SLUG, startedAt: T1, updatedAt: T1, videoWatchedAt: T1 }]
		});
		const ticked = record({ videoWatchedAt: T0 });
		expect(videoWatchedChanges(ticked, SLUG, true, T2).putModules![0]).toMatchObject({
			videoWatchedAt: T0,
			updatedAt: T2
		});
		expect(videoWatchedChanges(ticked, SLUG, false, T2).putModules![0]!.videoWatchedAt).toBeNull();
	});
});

describe('snapshotSaveChanges', () => {
	const empty: ModuleData = { record: null, attempts: [], snapshot: null };

	it('starts an attempt at the first save and touches the module', () => {
		expect(snapshotSaveChanges(empty, SLUG, 'h1', '{"step":1}', T1)).toEqual({
			putModules: [{ slug: SLUG, startedAt: T1, updatedAt: T1, videoWatchedAt: null }],
			putSnapshots: [
				{ slug: SLUG, quizHash: 'h1', startedAt: T1, savedAt: T1, snapshotJson: '{"step":1}' }
			]
		});
	});

	it('keeps the attempt start for the same quiz, restarts it for another', () => {
		const data: ModuleData = { record: record(), attempts: [], snapshot: snapshot() };
		const same = snapshotSaveChanges(data, SLUG, 'h1', '{"step":2}', T2);
		expect(same.putSnapshots![0]).toMatchObject({ startedAt: T0, savedAt: T2 });
		const other = snapshotSaveChanges(data, SLUG, 'h2', '{"step":0}', T2);
		expect(other.putSnapshots![0]).toMatchObject({ quizHash: 'h2', startedAt: T2 });
	});
});

describe('checkNewAttempt', () => {
	it('accepts a whole attempt', () => {
		expect(checkNewAttempt(attempt())).toEqual(attempt());
	});

	it('refuses a score over the total, an impossible attempt, a malformed field', () => {
		expect(checkNewAttempt(attempt({ score: 6 }))).toBeNull();
		expect(checkNewAttempt(attempt({ total: 17 }))).toBeNull();
		expect(checkNewAttempt(attempt({ score: 5 }))).toBeNull();
		expect(checkNewAttempt(attempt({ startedAt: 'hier' }))).toBeNull();
	});

	it('keeps an attempt that "ends before it starts": the clock was corrected meanwhile', () => {
		const corrected = attempt({ startedAt: '2026-12-28T10:00:00.000Z' });
		expect(checkNewAttempt(corrected)).toEqual(corrected);
	});
});

describe('attemptChanges', () => {
	it('stores the attempt, clears the quiz in progress and widens the module dates', () => {
		const changes = attemptChanges(record({ startedAt: T2 }), SLUG, attempt(), 't-1');
		expect(changes.putAttempts).toEqual([{ id: 't-1', slug: SLUG, ...attempt() }]);
		expect(changes.deleteSnapshots).toEqual([SLUG]);
		expect(changes.putModules![0]).toMatchObject({
			startedAt: T2,
			updatedAt: '2026-11-28T10:05:00.000Z'
		});
	});

	it('moves the start back to the attempt start when the module is new', () => {
		const changes = attemptChanges(null, SLUG, attempt(), 't-1');
		expect(changes.putModules![0]).toMatchObject({
			startedAt: '2026-11-28T10:00:00.000Z',
			updatedAt: '2026-11-28T10:05:00.000Z'
		});
	});
});

describe('import changes', () => {
	it('replace erases everything and writes the file', () => {
		const planned = replaceImportChanges(validFile());
		expect(planned.changes.clear).toBe(true);
		expect(planned.changes.putModules!.map((module) => module.slug)).toEqual([
			SLUG,
			'mot-de-passe'
		]);
		expect(planned).toMatchObject({ modules: 2, newAttempts: planned.changes.putAttempts!.length });
		expect(planned.newAttempts).toBeGreaterThan(0);
	});

	it('merge adds only the attempts not stored yet, and never clears', () => {
		const file = validFile();
		const fresh = mergeImportChanges(file, new Map());
		expect(fresh.changes.clear).toBeUndefined();
		expect(fresh.newAttempts).toBe(replaceImportChanges(file).newAttempts);
		const stored = new Map<string, ModuleData>([
			[SLUG, { record: null, attempts: fresh.changes.putAttempts!, snapshot: null }]
		]);
		const again = mergeImportChanges(file, stored);
		expect(again.modules).toBe(2);
		expect(again.changes.putAttempts!.every((item) => item.slug !== SLUG)).toBe(true);
	});
});

describe('snapshotLoadDecision', () => {
	it('finds nothing to load when nothing is stored', () => {
		expect(snapshotLoadDecision(SLUG, 'h1', undefined)).toEqual({
			load: { status: 'none' },
			corrupted: [],
			changes: null
		});
	});

	it('resumes a readable snapshot of the same quiz, writing nothing', () => {
		expect(snapshotLoadDecision(SLUG, 'h1', snapshot())).toEqual({
			load: {
				status: 'resume',
				snapshot: { step: 1 },
				startedAt: T0,
				savedAt: T1,
				revision: ''
			},
			corrupted: [],
			changes: null
		});
	});

	it('clears a snapshot of another version of the quiz', () => {
		expect(snapshotLoadDecision(SLUG, 'h2', snapshot())).toEqual({
			load: { status: 'stale' },
			corrupted: [],
			changes: { deleteSnapshots: [SLUG] }
		});
	});

	it('reports and clears an unreadable snapshot', () => {
		const invalid = snapshotLoadDecision(SLUG, 'h1', { slug: SLUG, quizHash: 3 });
		expect(invalid).toEqual({
			load: { status: 'none' },
			corrupted: [{ table: 'quizSnapshots', key: SLUG, slug: SLUG }],
			changes: { deleteSnapshots: [SLUG] }
		});
		const polluted = snapshot({ snapshotJson: '{"__proto__":{"x":1}}' });
		expect(snapshotLoadDecision(SLUG, 'h1', polluted)).toEqual(invalid);
	});
});
