import { describe, expect, it } from 'vitest';
import { fixtureText, KNOWN_SLUGS, NOW } from '../../../tests/fixtures/progress/fixtures';
import { parseExportFile } from './export-format';
import { buildImportPreview, type ImportPreview } from './import-preview';
import {
	addedAttemptsText,
	describeSummary,
	fileTooLargeMessage,
	importAppliedMessage,
	importFailedMessage,
	MAX_IMPORT_MEGABYTES,
	previewSentence,
	replaceWarning
} from './import-wording';
import { formatDateTime } from './labels';
import type { ModuleData } from './model';

function preview(current = new Map<string, ModuleData>()): ImportPreview {
	const parsed = parseExportFile(fixtureText('valid-export.json'), KNOWN_SLUGS);
	if (!parsed.ok) throw new Error(parsed.message);
	return buildImportPreview(parsed.file, current, NOW);
}

const localOnly: ModuleData = {
	record: {
		slug: 'securite',
		startedAt: '2026-11-20T09:00:00.000Z',
		updatedAt: '2026-11-20T09:00:00.000Z',
		videoWatchedAt: null
	},
	attempts: [],
	snapshot: {
		slug: 'securite',
		quizHash: 'h',
		startedAt: '2026-11-20T09:00:00.000Z',
		savedAt: '2026-11-20T09:00:00.000Z',
		snapshotJson: '{}'
	}
};

describe('import wording', () => {
	it('refuses an oversized file with its size, in French', () => {
		expect(MAX_IMPORT_MEGABYTES).toBe(5);
		expect(fileTooLargeMessage(6 * 1024 * 1024)).toBe(
			'Ce fichier est trop volumineux (6 Mo) : un fichier de progression fait au plus 5 Mo. Votre progression n’a pas été modifiée.'
		);
		expect(fileTooLargeMessage(5.25 * 1024 * 1024)).toContain('(5,3 Mo)');
	});

	it('describes a module before and after', () => {
		expect(
			describeSummary({
				status: 'not-started',
				attemptCount: 0,
				bestScore: null,
				videoWatched: false
			})
		).toBe('Non commencé, aucune tentative');
		expect(
			describeSummary({
				status: 'completed',
				attemptCount: 2,
				bestScore: { score: 4, total: 5, percent: 80, passed: true, at: '' },
				videoWatched: true
			})
		).toBe('Terminé, 2 tentatives, meilleur score 4/5 (80\u00a0%), vidéo regardée');
		expect([0, 1, 3].map(addedAttemptsText)).toEqual([
			'',
			' (1 nouvelle tentative)',
			' (3 nouvelles tentatives)'
		]);
	});

	it('says what the file holds', () => {
		const file = preview();
		expect(previewSentence('progression.json', file)).toBe(
			`Le fichier « progression.json », exporté le ${formatDateTime(file.file.exportedAt)}, contient 2 modules et ${file.attemptCount} tentatives.`
		);
	});

	it('warns about what "Remplacer" would erase, and only then', () => {
		expect(replaceWarning(preview(), new Map())).toBeNull();
		const current = new Map([['securite', localOnly]]);
		expect(replaceWarning(preview(current), new Map([['securite', 'Sécurité']]))).toBe(
			'« Remplacer » effacerait aussi la progression de 1 module absent du fichier (Sécurité)\u00a0et 1 quiz en cours.'
		);
		const noQuiz = new Map([['securite', { ...localOnly, snapshot: null }]]);
		expect(replaceWarning(preview(noQuiz), new Map())).toBe(
			'« Remplacer » effacerait aussi la progression de 1 module absent du fichier (securite).'
		);
	});

	it('says what the import changed, or that it changed nothing', () => {
		expect(importAppliedMessage('replace', 2, 3)).toBe(
			'Progression remplacée : 2 modules et 3 tentatives importés.'
		);
		expect(importAppliedMessage('merge', 1, 1)).toBe(
			'Progression fusionnée : 1 module mis à jour, 1 tentative ajoutée.'
		);
		expect(importAppliedMessage('merge', 2, 0)).toBe(
			'Progression fusionnée : 2 modules mis à jour, 0 tentative ajoutée.'
		);
		expect(importFailedMessage('Disque plein.')).toBe(
			'L’import a échoué : rien n’a été modifié. Disque plein.'
		);
	});
});
