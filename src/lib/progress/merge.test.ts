import { describe, expect, it } from 'vitest';
import { fixtureText, KNOWN_SLUGS, NOW } from '../../../tests/fixtures/progress/fixtures';
import { parseExportFile, type ExportFile } from './export-format';
import { buildImportPreview } from './import-preview';
import { buildExportFile, mergeModule } from './merge';
import type { ModuleData } from './model';

function validFile(): ExportFile {
	const parsed = parseExportFile(fixtureText('valid-export.json'), KNOWN_SLUGS);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.file;
}

function localData(file: ExportFile): Map<string, ModuleData> {
	const map = new Map<string, ModuleData>();
	for (const module of file.modules) {
		map.set(module.slug, {
			record: {
				slug: module.slug,
				startedAt: module.startedAt,
				updatedAt: module.updatedAt,
				videoWatchedAt: module.videoWatchedAt
			},
			attempts: module.attempts.map((attempt) => ({ ...attempt, slug: module.slug })),
			snapshot: null
		});
	}
	return map;
}

describe('export round trip', () => {
	it('exports what it imports, and the export is itself importable', () => {
		const file = validFile();
		const exported = buildExportFile(localData(file), NOW);
		expect(exported.modules).toEqual(file.modules);
		const again = parseExportFile(JSON.stringify(exported), KNOWN_SLUGS);
		expect(again.ok).toBe(true);
	});
});

describe('mergeModule', () => {
	it('adds nothing when the same attempts are already stored', () => {
		const file = validFile();
		const module = file.modules[0]!;
		const merge = mergeModule(localData(file).get(module.slug), module, new Set());
		expect(merge.newAttempts).toEqual([]);
		expect(merge.knownAttempts).toBe(2);
	});

	it('recognises an attempt stored under another id by its start and end', () => {
		const file = validFile();
		const module = file.modules[0]!;
		const local = localData(file).get(module.slug)!;
		local.attempts = local.attempts.map((attempt) => ({ ...attempt, id: `${attempt.id}x` }));
		expect(mergeModule(local, module, new Set()).knownAttempts).toBe(2);
	});

	it('keeps the best of both: earliest start, latest activity, video watched if either', () => {
		const file = validFile();
		const module = file.modules[0]!;
		const local: ModuleData = {
			record: {
				slug: module.slug,
				startedAt: '2026-11-21T00:00:00.000Z',
				updatedAt: '2026-11-28T00:00:00.000Z',
				videoWatchedAt: null
			},
			attempts: [],
			snapshot: null
		};
		const merge = mergeModule(local, module, new Set());
		expect(merge.record).toEqual({
			slug: module.slug,
			startedAt: module.startedAt,
			updatedAt: '2026-11-28T00:00:00.000Z',
			videoWatchedAt: module.videoWatchedAt
		});
		expect(merge.newAttempts).toHaveLength(2);
	});

	it('gives a fresh id to an imported attempt whose id names another stored attempt', () => {
		const file = validFile();
		const module = file.modules[0]!;
		const taken = new Set([module.attempts[0]!.id]);
		const merge = mergeModule(undefined, module, taken);
		expect(merge.newAttempts[0]!.id).not.toBe(module.attempts[0]!.id);
		expect(merge.newAttempts[1]!.id).toBe(module.attempts[1]!.id);
	});
});

describe('buildImportPreview', () => {
	it('describes merge and replace against the current data', () => {
		const file = validFile();
		const current = new Map<string, ModuleData>([
			[
				'securite',
				{
					record: {
						slug: 'securite',
						startedAt: '2026-11-26T00:00:00.000Z',
						updatedAt: '2026-11-26T00:00:00.000Z',
						videoWatchedAt: null
					},
					attempts: [],
					snapshot: {
						slug: 'securite',
						quizHash: 'h',
						startedAt: '2026-11-26T00:00:00.000Z',
						savedAt: '2026-11-26T00:00:00.000Z',
						snapshotJson: '{}'
					}
				}
			]
		]);
		const preview = buildImportPreview(file, current, NOW);
		expect(preview.changes.map((change) => change.slug)).toEqual([
			'messagerie-academique',
			'mot-de-passe'
		]);
		expect(preview.changes[0]).toMatchObject({
			before: null,
			newAttempts: 2,
			merged: { status: 'completed', attemptCount: 2, bestScore: { score: 5, total: 5 } }
		});
		expect(preview.replaceRemoves).toEqual(['securite']);
		expect(preview.quizzesInProgress).toBe(1);
		expect(preview.newAttempts).toBe(2);
	});
});
