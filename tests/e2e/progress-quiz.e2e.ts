// Progress on the module page and the catalogue, in Chromium. These journeys need the lead's
// wiring: `Quiz` fed by `createQuizPersistence`, `VideoWatchedToggle` on the module page,
// `ModuleStatus` on catalogue cards, `StorageNotice` on the catalogue and module pages (README, "Progression locale").
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dumpDatabase, MODULE_SLUG, waitForProgress } from '../fixtures/progress/e2e-helpers';
import { expectNoAxeViolations } from '../support/axe';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { useBuiltSite } from '../support/site';
import type { StaticServer } from '../../scripts/lib/static-server';

const MODULE = `/modules/${MODULE_SLUG}`;
/** Typed in the password question: must never reach storage or an export. */
const TYPED_PASSWORD = 'Lampadaire-Violet-42!';
const STALE_MESSAGE =
	'Le quiz a été modifié depuis votre dernière visite\u00a0: il recommence depuis le début.';

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

async function openModule(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${server.url}${MODULE}`);
	return { page, errors };
}

/** Scrolls to the progress part of the page (checkbox, notices, quiz), whose code loads there. */
async function reachProgress(page: Page): Promise<void> {
	await page.locator('.module-quiz').scrollIntoViewIfNeeded();
}

function quiz(page: Page) {
	return page.getByRole('region', { name: 'Quiz' });
}

async function questionNumber(page: Page): Promise<string> {
	return (await quiz(page).locator('.progress').innerText()).trim();
}

/** Answers the current question with its first option (or a typed text), then moves on. */
async function answerAndContinue(page: Page): Promise<void> {
	// The quiz engine loads on demand: answer once the question is on screen.
	await quiz(page).locator('.progress').waitFor();
	const fieldset = quiz(page).locator('fieldset.question');
	const radios = fieldset.locator('input[type="radio"]');
	const checkboxes = fieldset.locator('input[type="checkbox"]');
	const password = fieldset.locator('input[type="password"]');
	const text = fieldset.locator('input[type="text"]');
	if ((await radios.count()) > 0) await radios.first().check();
	else if ((await checkboxes.count()) > 0) await checkboxes.first().check();
	else if ((await password.count()) > 0) await password.fill(TYPED_PASSWORD);
	else if ((await text.count()) > 0) await text.fill('michel.dupond@ac-lille.fr');
	// Ordering questions are submitted in the order shown.
	await quiz(page).getByRole('button', { name: 'Valider' }).click();
	await quiz(page)
		.getByRole('button', { name: /^(Question suivante|Voir mon résultat)$/ })
		.click();
}

describe('quiz progress on the module page', () => {
	it('resumes at question 4 after a reload, keeps the answers, records the attempt', async () => {
		const context = await newProfile();
		const { page, errors } = await openModule(context);
		await quiz(page).getByRole('button', { name: 'Commencer' }).click();
		expect(await questionNumber(page)).toMatch(/^Question 1 sur \d+$/);
		for (let index = 0; index < 3; index += 1) await answerAndContinue(page);
		const total = Number((await questionNumber(page)).match(/sur (\d+)/)![1]);
		expect(await questionNumber(page)).toBe(`Question 4 sur ${total}`);

		await page.reload();
		await quiz(page).locator('.progress').waitFor();
		expect(await questionNumber(page)).toBe(`Question 4 sur ${total}`);
		expect(await page.getByText(STALE_MESSAGE).count()).toBe(0);
		// The three earlier answers came back with the snapshot.
		const saved = JSON.parse(await dumpDatabase(page)) as {
			quizSnapshots: { slug: string; snapshotJson: string }[];
		};
		const snapshot = JSON.parse(saved.quizSnapshots[0]!.snapshotJson) as {
			context: { index: number; records: unknown[] };
		};
		expect(snapshot.context.index).toBe(3);
		expect(snapshot.context.records.slice(0, 3).every((record) => record !== null)).toBe(true);

		for (let index = 3; index < total; index += 1) await answerAndContinue(page);
		await quiz(page).getByRole('button', { name: 'Recommencer' }).waitFor();

		// Finished: one attempt with every answer, no quiz left "in progress".
		await page.waitForFunction(async () => {
			const open = indexedDB.open('capsules-progress');
			const db = await new Promise<IDBDatabase>(
				(resolve) => (open.onsuccess = () => resolve(open.result))
			);
			const count = await new Promise<number>((resolve) => {
				const request = db.transaction('attempts').objectStore('attempts').count();
				request.onsuccess = () => resolve(request.result);
			});
			db.close();
			return count === 1;
		});
		const dump = await dumpDatabase(page);
		const stored = JSON.parse(dump) as {
			attempts: { answers: { questionId: string; answer: unknown }[] }[];
			quizSnapshots: unknown[];
		};
		expect(stored.attempts[0]!.answers).toHaveLength(total);
		expect(stored.attempts[0]!.answers.slice(0, 3).every((answer) => answer.answer !== null)).toBe(
			true
		);
		expect(stored.quizSnapshots).toEqual([]);
		// A typed password is never stored, only its pass/fail.
		expect(dump).not.toContain(TYPED_PASSWORD);
		expect(errors).toEqual([]);

		// The catalogue shows the module's status and best score.
		await page.goto(`${server.url}/`);
		const status = page.locator('.module-status').first();
		// Badges are painted for the cards on screen (or about to be).
		await status.scrollIntoViewIfNeeded();
		await status.locator('.badge').waitFor();
		expect(await status.innerText()).toMatch(/^(En cours|Terminé)/);
		expect(await status.innerText()).toMatch(new RegExp(`Meilleur score\u00a0: \\d+/${total}`));
		await expectNoAxeViolations(page);

		// And so does /progression, whose export holds no password either.
		await page.goto(`${server.url}/progression`);
		await waitForProgress(page);
		expect(await page.locator('[data-progress-row]').first().innerText()).toMatch(/Tentatives\s+1/);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Exporter ma progression' }).click();
		const { readFileSync } = await import('node:fs');
		expect(readFileSync((await (await download).path())!, 'utf8')).not.toContain(TYPED_PASSWORD);
		await context.close();
	});

	it('on a first visit, shows the first question before the store’s code arrives, and saves behind it', async () => {
		const context = await newProfile();
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// The store's chunk (Dexie) is held back until the first question is on screen.
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		const held: string[] = [];
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (/\bas createProgressStore[,}]/.test(body)) {
				held.push(route.request().url());
				await released;
			}
			await route.fulfill({ response, body });
		});
		await page.goto(`${server.url}${MODULE}`);
		await quiz(page).getByRole('button', { name: 'Commencer' }).click();
		await quiz(page).locator('fieldset.question').waitFor();
		expect(await questionNumber(page)).toMatch(/^Question 1 sur \d+$/);
		// Answered with the store still held: the quiz never waited for it (or this would hang).
		await answerAndContinue(page);
		await expect.poll(() => held.length).toBe(1);
		release();
		// Saved once the store is there: the learner state at the top reads it back. Not by opening
		// the database from the test: before the store creates it, such an open creates an empty
		// one and, left open, blocks the store's upgrade (it then keeps progress in memory).
		await page
			.getByText(/Quiz en cours\s*: reprendre à la question 2/)
			.first()
			.waitFor();
		await page.unrouteAll({ behavior: 'wait' });
		await page.reload();
		await reachProgress(page);
		await quiz(page).locator('.progress').waitFor();
		expect(await questionNumber(page)).toMatch(/^Question 2 sur \d+$/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('restarts cleanly, with a message, when the quiz was edited since the last visit', async () => {
		const context = await newProfile();
		const { page, errors } = await openModule(context);
		await quiz(page).getByRole('button', { name: 'Commencer' }).click();
		await answerAndContinue(page);
		// Saved (read back by the learner state) before the test touches the database.
		await page
			.getByText(/Quiz en cours\s*: reprendre à la question 2/)
			.first()
			.waitFor();
		// Same snapshot, saved under the hash of an older version of the quiz.
		await page.evaluate(async () => {
			const open = indexedDB.open('capsules-progress');
			const db = await new Promise<IDBDatabase>(
				(resolve) => (open.onsuccess = () => resolve(open.result))
			);
			const store = db.transaction('quizSnapshots', 'readwrite').objectStore('quizSnapshots');
			const request = store.getAll();
			await new Promise((resolve) => (request.onsuccess = resolve));
			const [record] = request.result as { quizHash: string }[];
			await new Promise(
				(resolve) => (store.put({ ...record, quizHash: 'ancienne00000000' }).onsuccess = resolve)
			);
			db.close();
		});
		await page.reload();
		// The quiz loads when the learner reaches it.
		await reachProgress(page);
		await page.getByText(STALE_MESSAGE).waitFor();
		expect(await quiz(page).getByRole('button', { name: 'Commencer' }).count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps "J’ai regardé la vidéo" across a reload and shows it in a second tab', async () => {
		const context = await newProfile();
		const { page } = await openModule(context);
		await reachProgress(page);
		const toggle = page.getByLabel('J’ai regardé la vidéo');
		await toggle.check();
		// First progress: the browser is asked to keep it, and the page says why in one sentence.
		await page.getByRole('status').filter({ hasText: 'Safari notamment' }).waitFor();
		const progression = await context.newPage();
		await progression.goto(`${server.url}/progression`);
		await waitForProgress(progression);
		await progression
			.locator('[data-progress-row]')
			.filter({ hasText: 'Vidéo' })
			.filter({ hasText: 'regardée' })
			.waitFor();
		await page.reload();
		await reachProgress(page);
		await page.waitForFunction(
			() => (document.querySelector('.video-watched input') as HTMLInputElement | null)?.checked
		);
		expect(await toggle.isChecked()).toBe(true);
		await toggle.uncheck();
		await progression.locator('[data-progress-row]').filter({ hasText: 'non cochée' }).waitFor();
		await context.close();
	});

	it('says progress will not be kept when IndexedDB is unavailable, and the quiz still works', async () => {
		const context = await newProfile();
		await context.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
		});
		const { page, errors } = await openModule(context);
		await reachProgress(page);
		await page.getByRole('status').filter({ hasText: 'votre progression sera perdue' }).waitFor();
		await quiz(page).getByRole('button', { name: 'Commencer' }).click();
		await answerAndContinue(page);
		expect(await questionNumber(page)).toMatch(/^Question 2 sur/);
		expect(errors).toEqual([]);
		await context.close();
	});
});
