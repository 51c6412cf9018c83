// Stored progress under real hazards, in Chromium (issue 11): a wrong clock, two tabs on one
// quiz, corrupted records, a saved attempt that no longer fits, a database from a newer
// Capsules; and /progression's way back to a quiz under way (issue 14).
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	answerAndContinue,
	chooseImportFile,
	dumpDatabase,
	MODULE_SLUG,
	progressFile,
	questionNumber,
	quizRegion,
	rowTexts,
	waitForProgress
} from '../fixtures/progress/e2e-helpers';
import { expectNoAxeViolations } from '../support/axe';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { useBuiltSite } from '../support/site';
import type { StaticServer } from '../../scripts/lib/static-server';

const MODULE = `/modules/${MODULE_SLUG}`;
const DAY = 24 * 60 * 60 * 1000;

let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

async function newProfile(): Promise<BrowserContext> {
	const { context } = await newIsolatedContext(browser, server.origin, {
		acceptDownloads: true,
		serviceWorkers: 'block'
	});
	return context;
}

async function open(
	context: BrowserContext,
	path: string
): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${server.url}${path}`);
	return { page, errors };
}

/** The module page's progress part, loaded (it loads when the learner comes near it). */
async function reachQuiz(page: Page): Promise<void> {
	await page.locator('.module-quiz').scrollIntoViewIfNeeded();
	await page.getByRole('checkbox', { name: /regardé la vidéo/ }).waitFor();
}

async function exportFile(page: Page): Promise<string> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporter ma progression' }).click();
	return readFileSync((await (await download).path())!, 'utf8');
}

async function importReplacing(page: Page, content: string): Promise<void> {
	await chooseImportFile(page, 'progression.json', content);
	await page.getByRole('button', { name: 'Remplacer ma progression' }).click();
	await page.getByRole('status').filter({ hasText: 'Progression remplacée' }).waitFor();
}

describe('a wrong clock', () => {
	it('at 2019-12-30 keeps the video tick and the quiz, then exports a file that imports back', async () => {
		const context = await newProfile();
		await context.clock.setFixedTime(new Date('2019-12-30T09:00:00.000Z'));
		const { page, errors } = await open(context, MODULE);
		await reachQuiz(page);
		const box = page.getByRole('checkbox', { name: /regardé la vidéo/ });
		await box.check();
		await quizRegion(page).getByRole('button', { name: 'Commencer' }).click();
		await answerAndContinue(page);
		await page.reload();
		await reachQuiz(page);
		await quizRegion(page).locator('.progress').waitFor();
		expect(await questionNumber(page)).toMatch(/^Question 2 sur \d+$/);
		await expect.poll(() => box.isChecked()).toBe(true);
		expect(await page.getByText(/illisible/).count()).toBe(0);

		await page.goto(`${server.url}/progression`);
		await waitForProgress(page);
		const [row] = await rowTexts(page);
		expect(row).toMatch(/Vidéo\s+regardée \(30 décembre 2019\)/);
		expect(row).toContain('(un quiz en cours)');

		// The clock is put right: the progress is still there, and its export imports back.
		await context.clock.setFixedTime(new Date());
		await page.reload();
		await waitForProgress(page);
		expect((await rowTexts(page))[0]).toBe(row);
		const file = await exportFile(page);
		const fresh = await open(await newProfile(), '/progression');
		await waitForProgress(fresh.page);
		await chooseImportFile(fresh.page, 'progression.json', file);
		const preview = fresh.page.getByRole('region', { name: 'Aperçu de l’import' });
		await preview.waitFor();
		expect(await preview.innerText()).toMatch(/antérieures? à 2020 ou postérieures? à aujourd’hui/);
		await fresh.page.getByRole('button', { name: 'Remplacer ma progression' }).click();
		await fresh.page.getByRole('status').filter({ hasText: 'Progression remplacée' }).waitFor();
		expect((await rowTexts(fresh.page))[0]).toMatch(/Vidéo\s+regardée \(30 décembre 2019\)/);
		expect(errors).toEqual([]);
		await fresh.page.context().close();
		await context.close();
	});

	it('30 days ahead, then corrected: the learner’s own export is accepted', async () => {
		const context = await newProfile();
		await context.clock.setFixedTime(new Date(Date.now() + 30 * DAY));
		const { page } = await open(context, '/progression');
		await waitForProgress(page);
		await importReplacing(page, progressFile(Date.now() + 30 * DAY));
		const file = await exportFile(page);
		await context.clock.setFixedTime(new Date());
		await page.reload();
		await waitForProgress(page);
		const before = await rowTexts(page);
		await chooseImportFile(page, 'progression.json', file);
		await page.getByRole('heading', { name: 'Aperçu de l’import' }).waitFor();
		expect(
			await page
				.getByRole('alert')
				.filter({ hasText: /futur|modifié/ })
				.count()
		).toBe(0);
		await page.getByRole('button', { name: 'Remplacer ma progression' }).click();
		await page.getByRole('status').filter({ hasText: 'Progression remplacée' }).waitFor();
		expect(await rowTexts(page)).toEqual(before);
		await context.close();
	});
});

describe('two tabs on the same quiz', () => {
	it('the other tab follows and says so; no answer is lost', async () => {
		const context = await newProfile();
		const tabA = await open(context, MODULE);
		const tabB = await open(context, MODULE);
		await reachQuiz(tabA.page);
		await reachQuiz(tabB.page);
		await quizRegion(tabA.page).getByRole('button', { name: 'Commencer' }).click();
		for (let index = 0; index < 3; index += 1) await answerAndContinue(tabA.page);
		const total = Number((await questionNumber(tabA.page)).match(/sur (\d+)/)![1]);

		// Tab B, left at the intro, is now at question 4 and is told why.
		await expect.poll(() => questionNumber(tabB.page)).toBe(`Question 4 sur ${total}`);
		await tabB.page.getByText('Ce quiz a avancé dans un autre onglet').waitFor();
		await expectNoAxeViolations(tabB.page);
		// It answers question 4; tab A follows in turn.
		await answerAndContinue(tabB.page);
		await expect.poll(() => questionNumber(tabA.page)).toBe(`Question 5 sur ${total}`);

		// Four answers kept, whichever tab gave them.
		const saved = JSON.parse(await dumpDatabase(tabA.page)) as {
			quizSnapshots: { snapshotJson: string }[];
		};
		const records = (
			JSON.parse(saved.quizSnapshots[0]!.snapshotJson) as { context: { records: unknown[] } }
		).context.records;
		expect(records.filter((record) => record !== null)).toHaveLength(4);
		expect(tabA.errors).toEqual([]);
		expect(tabB.errors).toEqual([]);
		await context.close();
	});
});

describe('stored data, never silent', () => {
	it('/progression says records were skipped (in few words) and shows an unreadable video tick as unknown', async () => {
		const context = await newProfile();
		const { page } = await open(context, '/progression');
		await waitForProgress(page);
		await importReplacing(page, progressFile());
		await page.evaluate(async (slug) => {
			const request = indexedDB.open('capsules-progress');
			const db = await new Promise<IDBDatabase>(
				(resolve) => (request.onsuccess = () => resolve(request.result))
			);
			const transaction = db.transaction(['modules', 'attempts'], 'readwrite');
			transaction
				.objectStore('modules')
				.put({ slug, startedAt: 'pas une date', videoWatchedAt: 3 });
			for (let i = 0; i < 2000; i += 1) {
				transaction.objectStore('attempts').put({ id: `t-bad-${i}`, slug: `module-${i}` });
			}
			await new Promise((resolve) => (transaction.oncomplete = resolve));
			db.close();
		}, MODULE_SLUG);
		await page.reload();
		await waitForProgress(page);
		const notice = page.getByRole('status').filter({ hasText: 'illisibles' });
		await notice.waitFor();
		const text = await notice.innerText();
		expect(text).toMatch(/2\u202f001 données de progression enregistrées étaient illisibles/);
		expect(text.length).toBeLessThan(400);
		expect((await rowTexts(page))[0]).toMatch(/Vidéo\s+inconnue \(donnée illisible\)/);
		await expectNoAxeViolations(page);
		await context.close();
	});

	it('a saved quiz that no longer fits is said once, and /progression stops calling it under way', async () => {
		const context = await newProfile();
		const { page } = await open(context, MODULE);
		await reachQuiz(page);
		await quizRegion(page).getByRole('button', { name: 'Commencer' }).click();
		await answerAndContinue(page);
		// Saved (the learner state reads it back) before the test opens the database: the store
		// comes behind the first question and must create the database first.
		await page
			.getByText(/Quiz en cours\s*: reprendre à la question 2/)
			.first()
			.waitFor();
		// The saved attempt points past the last question.
		await page.evaluate(async (slug) => {
			const request = indexedDB.open('capsules-progress');
			const db = await new Promise<IDBDatabase>(
				(resolve) => (request.onsuccess = () => resolve(request.result))
			);
			const store = db.transaction('quizSnapshots', 'readwrite').objectStore('quizSnapshots');
			const record = await new Promise<{ snapshotJson: string }>((resolve) => {
				const get = store.get(slug);
				get.onsuccess = () => resolve(get.result as { snapshotJson: string });
			});
			const snapshot = JSON.parse(record.snapshotJson) as { context: { index: number } };
			snapshot.context.index = 400;
			store.put({ ...record, snapshotJson: JSON.stringify(snapshot) });
			await new Promise((resolve) => (store.transaction.oncomplete = resolve));
			db.close();
		}, MODULE_SLUG);
		await page.goto(`${server.url}/progression`);
		await waitForProgress(page);
		expect((await rowTexts(page))[0]).toContain('(un quiz en cours)');

		await page.goto(`${server.url}${MODULE}`);
		await reachQuiz(page);
		await page.getByText('Votre quiz en cours n’a pas pu être repris').waitFor();
		await page.goto(`${server.url}/progression`);
		await waitForProgress(page);
		expect((await rowTexts(page))[0]).not.toContain('quiz en cours');
		await page.goto(`${server.url}${MODULE}`);
		await reachQuiz(page);
		await quizRegion(page).getByRole('button', { name: 'Commencer' }).waitFor();
		expect(await page.getByText('Votre quiz en cours n’a pas pu être repris').count()).toBe(0);
		await context.close();
	});

	it('a database written by a newer Capsules is shown read-only and left untouched', async () => {
		const context = await newProfile();
		const page = await context.newPage();
		// Same origin, before any Capsules code runs: a database at schema version 3.
		await page.goto(`${server.url}/favicon.svg`);
		await page.evaluate(async (slug) => {
			const request = indexedDB.open('capsules-progress', 30);
			request.onupgradeneeded = () => {
				const db = request.result;
				db.createObjectStore('modules', { keyPath: 'slug' }).put({
					slug,
					startedAt: '2026-11-20T09:00:00.000Z',
					updatedAt: '2026-11-20T09:00:00.000Z',
					videoWatchedAt: '2026-11-20T09:00:00.000Z'
				});
				db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('slug', 'slug');
			};
			await new Promise((resolve) => (request.onsuccess = resolve));
			request.result.close();
		}, MODULE_SLUG);
		await page.goto(`${server.url}/progression`);
		await waitForProgress(page);
		await page.getByText('cette page ne peut rien y modifier').waitFor();
		expect((await rowTexts(page))[0]).toMatch(/Vidéo\s+regardée/);
		await chooseImportFile(page, 'progression.json', progressFile());
		await page.getByRole('button', { name: 'Remplacer ma progression' }).click();
		await page.getByRole('alert').filter({ hasText: 'Rien n’a été enregistré' }).waitFor();
		const shape = await page.evaluate(async () => {
			const request = indexedDB.open('capsules-progress');
			await new Promise((resolve) => (request.onsuccess = resolve));
			const db = request.result;
			db.close();
			return { version: db.version, stores: [...db.objectStoreNames] };
		});
		expect(shape).toEqual({ version: 30, stores: ['attempts', 'modules'] });
		await context.close();
	});
});

describe('/progression leads back to a quiz under way', () => {
	it('« Reprendre le quiz » opens the module at its quiz, where it was left', async () => {
		const context = await newProfile();
		const { page } = await open(context, MODULE);
		await reachQuiz(page);
		await quizRegion(page).getByRole('button', { name: 'Commencer' }).click();
		await answerAndContinue(page);
		await page.goto(`${server.url}/progression`);
		await waitForProgress(page);
		const row = page.locator(`[data-progress-row="${MODULE_SLUG}"]`);
		await row.getByRole('link', { name: /^Reprendre le quiz/ }).click();
		await page.waitForURL(`**${MODULE}#quiz`);
		await quizRegion(page).locator('.progress').waitFor();
		expect(await questionNumber(page)).toMatch(/^Question 2 sur \d+$/);
		await context.close();
	});
});
