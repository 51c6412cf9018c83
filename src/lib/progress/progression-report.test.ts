import { describe, expect, it } from 'vitest';
import { deriveModuleProgress } from './derive';
import type { ModuleData } from './model';
import { progressionReport, questionMeta, type CatalogueModule } from './progression-report';

const catalogue: CatalogueModule[] = [
	{ slug: 'messagerie', title: 'Messagerie', area: 'Communiquer', questionCount: 17 },
	{ slug: 'mot-de-passe', title: 'Mot de passe', area: 'Sécuriser', questionCount: 1 },
	{ slug: 'sans-quiz', title: 'Sans quiz', area: 'Découvrir', questionCount: 0 }
];

const attempt = (id: string, passed: boolean) => ({
	id,
	slug: 'x',
	startedAt: '2026-11-20T09:00:00.000Z',
	endedAt: '2026-11-20T09:10:00.000Z',
	score: passed ? 5 : 2,
	total: 5,
	passed,
	quizHash: 'h',
	answers: []
});

function progress(slug: string, data: Partial<ModuleData>) {
	return deriveModuleProgress(slug, { record: null, attempts: [], snapshot: null, ...data });
}

describe('questionMeta', () => {
	it('gives the area and the quiz size, or the area alone', () => {
		expect(questionMeta('Communiquer', 17)).toBe('Communiquer · quiz de 17 questions');
		expect(questionMeta('Sécuriser', 1)).toBe('Sécuriser · quiz de 1 question');
		expect(questionMeta('Découvrir', 0)).toBe('Découvrir');
	});
});

describe('progressionReport', () => {
	it('lists every catalogue module, not started when nothing is stored', () => {
		const report = progressionReport(catalogue, []);
		expect(report.rows.map((row) => [row.slug, row.title, row.meta, row.progress.status])).toEqual([
			['messagerie', 'Messagerie', 'Communiquer · quiz de 17 questions', 'not-started'],
			['mot-de-passe', 'Mot de passe', 'Sécuriser · quiz de 1 question', 'not-started'],
			['sans-quiz', 'Sans quiz', 'Découvrir', 'not-started']
		]);
		expect(report.rows[0]!.progress).toEqual(deriveModuleProgress('messagerie', undefined));
		expect(report.orphans).toEqual([]);
		expect(report.completedText).toBe('Aucun module terminé sur 3');
		expect(report.detailText).toBe('.');
	});

	it('joins the stored progress, counts and keeps modules no longer in the catalogue', () => {
		const done = progress('messagerie', {
			attempts: [attempt('t-1', false), attempt('t-2', true)]
		});
		const started = progress('mot-de-passe', { attempts: [attempt('t-3', false)] });
		const gone = progress('ancien-module', { attempts: [attempt('t-4', true)] });
		const report = progressionReport(catalogue, [gone, done, started]);
		expect(report.rows.map((row) => row.progress)).toEqual([
			done,
			started,
			deriveModuleProgress('sans-quiz', undefined)
		]);
		expect(report.orphans).toEqual([gone]);
		// Totals count the catalogue only.
		expect(report.completedText).toBe('1 module terminé sur 3');
		expect(report.detailText).toBe(', 1 en cours · 3 tentatives de quiz au total.');
	});

	it('says one attempt in the singular', () => {
		const started = progress('messagerie', { attempts: [attempt('t-1', false)] });
		expect(progressionReport(catalogue, [started]).detailText).toBe(
			', 1 en cours · 1 tentative de quiz au total.'
		);
	});
});
