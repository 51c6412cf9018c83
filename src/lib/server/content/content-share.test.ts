// `npm run content:check` parses shares of the content in worker threads: put together, they must
// report exactly what one pass over every file reports, in the same order, with the same lines.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planContent, shareOfSlug, type ContentDirs } from './content-plan';
import { parseShare, summarizeShare } from './content-share';
import { assembleContent, loadContent, readSourceFor } from './load-content';

const FIXTURES = resolve('tests/fixtures/content');

/**
 * Twelve modules (four copies of each shipped one, extras included), so that every share holds
 * several; the first `passage:` of one quiz in three quotes nothing of its transcription, an
 * error found only where a quiz is checked with its own module's transcription.
 */
function copies(): ContentDirs {
	const root = mkdtempSync(join(tmpdir(), 'capsules-shares-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const contentDir = join(root, 'content');
	const quizzesDir = join(root, 'quizzes');
	cpSync(resolve('content'), contentDir, { recursive: true });
	cpSync(resolve('quizzes'), quizzesDir, { recursive: true });
	for (const name of readdirSync(quizzesDir)) {
		const slug = name.slice(0, -'.yaml'.length);
		for (const copy of [2, 3, 4]) {
			const files = [
				[contentDir, '.md'],
				[contentDir, '.extras.yaml'],
				[quizzesDir, '.yaml']
			] as const;
			for (const [dir, ext] of files) {
				let text: string;
				try {
					text = readFileSync(join(dir, `${slug}${ext}`), 'utf8');
				} catch {
					continue; // no extras for this module
				}
				if (copy === 3 && dir === quizzesDir)
					text = text.replace(/passage: .*/, 'passage: « une phrase que la vidéo ne dit pas »');
				writeFileSync(join(dir, `${slug}-${copy}${ext}`), text);
			}
		}
	}
	return { contentDir, quizzesDir, cwd: root };
}

const cases: { name: string; dirs: ContentDirs }[] = [
	...readdirSync(FIXTURES).map((name) => ({
		name,
		dirs: {
			contentDir: join(FIXTURES, name, 'content'),
			quizzesDir: join(FIXTURES, name, 'quizzes'),
			cwd: join(FIXTURES, name)
		}
	})),
	{
		name: 'shipped content',
		dirs: { contentDir: resolve('content'), quizzesDir: resolve('quizzes') }
	},
	{ name: 'twelve copies, three quizzes quoting what the video does not say', dirs: copies() }
];

describe('content shares put together', () => {
	it.each(cases)(
		'$name: the same issues, modules, quizzes and parcours as one pass',
		({ dirs }) => {
			const whole = loadContent(dirs);
			for (const count of [2, 3]) {
				// Planned and parsed apart, and sent back as a worker sends them (a structured clone).
				const shares = Array.from({ length: count }, (_, index) =>
					structuredClone(summarizeShare(parseShare(planContent(dirs), { index, count })))
				);
				const plan = planContent(dirs);
				const together = assembleContent(plan, shares, readSourceFor(plan.dirs.cwd));
				expect(together.issues).toEqual(whole.issues);
				expect(together.modules).toEqual(
					whole.modules.map(({ slug, title, area, file }) => ({ slug, title, area, file }))
				);
				expect([...together.quizzes.keys()]).toEqual([...whole.quizzes.keys()]);
				expect(together.parcours).toEqual(whole.parcours);
			}
		}
	);

	it('finds, in shares, what needs a quiz and its own module together', () => {
		const dirs = cases.at(-1)!.dirs;
		const whole = loadContent(dirs);
		expect(whole.modules).toHaveLength(12);
		const unquoted = (issues: { message: string }[]) =>
			issues.filter((issue) => issue.message.startsWith('citation introuvable')).length;
		expect(unquoted(whole.issues)).toBe(3);
		const plan = planContent(dirs);
		const shares = [0, 1].map((index) => parseShare(plan, { index, count: 2 }));
		expect(shares.every((share) => share.steps.size > 0)).toBe(true);
		expect(unquoted(assembleContent(plan, shares, readSourceFor(plan.dirs.cwd)).issues)).toBe(3);
	});

	it('fails loudly when a file was read by no share', () => {
		const plan = planContent(cases.at(-1)!.dirs);
		expect(() => assembleContent(plan, [], () => undefined)).toThrow(/aucune part/);
	});

	it('spreads modules evenly between shares', () => {
		const slugs = Array.from({ length: 1000 }, (_, i) => `module-${String(i).padStart(4, '0')}`);
		const inFirst = slugs.filter((slug) => shareOfSlug(slug, 2) === 0).length;
		expect(inFirst).toBeGreaterThan(400);
		expect(inFirst).toBeLessThan(600);
	});
});
