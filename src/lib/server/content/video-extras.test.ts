import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues';
import { loadContent } from './load-content';
import { moduleExtrasSchema } from './module-schema';
import { placeTimecodes, readChapters, withEmbedApi } from './video-extras';

const FIXTURES = join(import.meta.dirname, '../../../../tests/fixtures/content');

function load(fixture: string) {
	const root = join(FIXTURES, fixture);
	return loadContent({
		contentDir: join(root, 'content'),
		quizzesDir: join(root, 'quizzes'),
		cwd: root
	});
}

const PARAGRAPHS = ['Premier paragraphe.', 'Deuxième paragraphe.', 'Troisième paragraphe.'];

describe('timecodes', () => {
	it('gives each quoted paragraph its time, in seconds', () => {
		const placed = placeTimecodes(
			PARAGRAPHS,
			[
				{ passage: 'Premier', at: '0:30' },
				{ passage: 'troisième  PARAGRAPHE', at: '1:02:03' }
			],
			'f.md'
		);
		expect(placed).toEqual({ at: [30, undefined, 3723], issues: [] });
	});

	it('refuses a quote found nowhere or in several paragraphs, a paragraph timed twice, times going back', () => {
		const messages = placeTimecodes(
			PARAGRAPHS,
			[
				{ passage: 'Premier', at: '0:30' },
				{ passage: 'Deuxième', at: '0:10' },
				{ passage: 'paragraphe', at: '1:00' },
				{ passage: 'absent', at: '1:00' },
				{ passage: 'Premier paragraphe', at: '2:00' }
			],
			'f.md'
		).issues.map(formatIssue);
		expect(messages).toEqual([
			'f.md: timecodes.3.passage: citation ambiguë : elle figure dans 3 paragraphes, allongez-la',
			'f.md: timecodes.4.passage: citation introuvable dans la transcription (recopiez quelques mots exacts du paragraphe)',
			'f.md: timecodes.5.passage: ce paragraphe a déjà un temps (timecodes.1) : gardez-en un seul',
			'f.md: timecodes.2.at: « 0:10 » ne vient pas après « 0:30 » (timecodes.1), placé plus haut dans la transcription : les temps doivent croître avec le texte'
		]);
	});

	it('refuses a time that does not parse, or a number', () => {
		for (const at of ['1:75', '90', 'une minute', 102]) {
			const result = moduleExtrasSchema.safeParse({ timecodes: [{ passage: 'x', at }] });
			expect(result.success, String(at)).toBe(false);
		}
		expect(
			moduleExtrasSchema.safeParse({ timecodes: [{ passage: 'x', at: '1:42' }] }).success
		).toBe(true);
	});

	it('reads chapters and refuses times that do not increase', () => {
		expect(
			readChapters(
				[
					{ at: '0:00', title: 'Début' },
					{ at: '1:42', title: 'Suite' }
				],
				'f.md'
			)
		).toEqual({
			chapters: [
				{ at: 0, title: 'Début' },
				{ at: 102, title: 'Suite' }
			],
			issues: []
		});
		expect(
			readChapters(
				[
					{ at: '1:00', title: 'A' },
					{ at: '1:00', title: 'B' }
				],
				'f.md'
			).issues.map(formatIssue)
		).toEqual([
			'f.md: chapters.2.at: « 1:00 » ne vient pas après le chapitre précédent (« 1:00 ») : les temps doivent croître'
		]);
	});
});

describe('the embed URL', () => {
	it('gets api=1 and keeps the author’s parameters', () => {
		expect(withEmbedApi('https://tube.reseau-canope.fr/videos/embed/abc')).toBe(
			'https://tube.reseau-canope.fr/videos/embed/abc?api=1'
		);
		expect(
			withEmbedApi('https://tube.reseau-canope.fr/videos/embed/abc?start=10s&title=0&api=0')
		).toBe('https://tube.reseau-canope.fr/videos/embed/abc?start=10s&title=0&api=1');
	});
});

describe('a module with video extras', () => {
	it('builds with its times, chapters, threshold and API embed (front matter and sidecar)', () => {
		const { modules, issues } = load('video-timecodes');
		expect(issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
		const [module] = modules;
		expect(module?.transcript.map((p) => p.at)).toEqual([undefined, 102, 125, 190]);
		expect(module?.video).toMatchObject({
			embedSrc:
				'https://tube.reseau-canope.fr/videos/embed/00000000-0000-4000-8000-000000000001?title=0&warningTitle=0&api=1',
			watchedPercent: 80,
			chapters: [
				{ at: 0, title: 'Introduction' },
				{ at: 102, title: 'L’adresse académique' }
			]
		});
	});

	it('is refused with every timing problem named, at once', () => {
		const { modules, issues } = load('video-bad-timecodes');
		expect(modules).toEqual([]);
		expect(issues.filter((i) => i.severity === 'error').map((i) => i.field)).toEqual([
			'timecodes.3.passage',
			'timecodes.4.passage',
			'timecodes.2.at',
			'chapters.2.at'
		]);
	});

	it('defaults to 90 % and accepts the second video host', () => {
		const { modules } = load('sidecar');
		expect(modules[0]?.video.watchedPercent).toBe(90);
		expect(modules[0]?.video.chapters).toEqual([]);
		expect(
			moduleExtrasSchema.safeParse({ videoWatchedPercent: 40 }).success,
			'below 50 % is not watching'
		).toBe(false);
	});
});
