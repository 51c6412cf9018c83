import { describe, expect, it } from 'vitest';
import { deriveModuleProgress } from './derive';
import type { ModuleData } from './model';
import {
	firstScreenPick,
	progressionReport,
	questionMeta,
	type CatalogueModule
} from './progression-report';

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

describe('firstScreenPick', () => {
	it('picks every catalogue module, then the orphans that fill the first rows', () => {
		const stored = ['ancien-c', 'ancien-a', 'ancien-b', 'messagerie', 'sans-quiz'];
		const everyListed = ['messagerie', 'mot-de-passe', 'sans-quiz'];
		expect(firstScreenPick(catalogue, 5)(stored)).toEqual([...everyListed, 'ancien-a', 'ancien-b']);
		// A screen shorter than the catalogue still reads all of it: the totals count it.
		expect(firstScreenPick(catalogue, 2)(stored)).toEqual(everyListed);
		expect(firstScreenPick(catalogue, 5)([])).toEqual(everyListed);
	});

	it('gives the same totals and first rows as the report of every module', () => {
		const slugs = [
			...catalogue.map((module) => module.slug),
			...Array.from({ length: 40 }, (_, i) => `ancien-${String(39 - i).padStart(2, '0')}`)
		];
		// Every other module stored: some started, some passed, some in the catalogue, most not.
		const all = slugs
			.filter((_, i) => i % 2 === 0)
			.map((slug, i) =>
				progress(slug, { attempts: [attempt(`t-${i}`, i % 3 === 0), attempt(`u-${i}`, false)] })
			)
			.sort((a, b) => (a.slug < b.slug ? -1 : 1));
		for (const rows of [1, 3, 4, 10, 24, 100]) {
			const picked = new Set(firstScreenPick(catalogue, rows)(all.map((module) => module.slug)));
			const full = progressionReport(catalogue, all);
			const first = progressionReport(
				catalogue,
				all.filter((module) => picked.has(module.slug))
			);
			expect(first.completedText).toBe(full.completedText);
			expect(first.detailText).toBe(full.detailText);
			expect(first.rows).toEqual(full.rows);
			const orphanRows = Math.max(0, rows - catalogue.length);
			expect(first.orphans).toEqual(full.orphans.slice(0, orphanRows));
		}
	});
});
