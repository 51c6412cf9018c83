// The video followed through PeerTube's embed API, against a fake embed (the host is unreachable
// here): watched by playing, not by seeking; resumed where it was left; timecodes and chapters
// that seek; and, when the embed never answers, the page as it always was.
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { MODULE_SLUG } from '../fixtures/progress/e2e-helpers';
import { expectNoAxeViolations } from '../support/axe';
import {
	drive,
	embedCalls,
	embedFrame,
	FAKE_DURATION,
	serveFakeEmbed,
	SILENT_EMBED_HTML
} from '../support/fake-peertube';
import { watchPage } from '../support/page-watch';
import { useBuiltSite } from '../support/site';

let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

const MODULE = `/modules/${MODULE_SLUG}`;

async function profile(): Promise<BrowserContext> {
	const { context } = await newIsolatedContext(browser, server.origin, { serviceWorkers: 'block' });
	return context;
}

/** The line under the video that says how much was watched. */
const watchedLine = (page: Page) => page.locator('figure.video .watched');

describe('watched time, measured', () => {
	it('plays to 95 %: the video counts as watched by itself, everywhere, the box stays unticked', async () => {
		const context = await profile();
		const asked = await serveFakeEmbed(context);
		const page = await context.newPage();
		const watch = await watchPage(page, server.origin);
		await page.goto(`${server.url}${MODULE}`);
		const frame = await embedFrame(page);
		expect(asked[0]).toMatch(/\/videos\/embed\/[\w-]+\?api=1$/);
		await drive(frame, (player) => player.playUntil(60));
		await expect.poll(() => watchedLine(page).innerText()).toMatch(/Vidéo vue à 25\s%/);
		await drive(frame, (player) => player.playUntil(228));
		await expect.poll(() => watchedLine(page).innerText()).toMatch(/elle compte comme regardée\./);
		await expect
			.poll(() => page.getByRole('status').filter({ hasText: 'Vidéo regardée' }).count())
			.toBe(1);
		await expectNoAxeViolations(page);

		await page.goto(`${server.url}/progression`);
		const row = page.locator(`[data-progress-row="${MODULE_SLUG}"]`);
		await expect.poll(() => row.innerText()).toMatch(/Vidéo\s+vue \(/);
		expect(await row.innerText()).toMatch(/En cours/);

		await page.goto(`${server.url}/`);
		const card = page.locator('.module-status').first();
		// Badges are painted for the cards on screen (or about to be).
		await card.scrollIntoViewIfNeeded();
		await expect
			.poll(() => page.locator('.module-status', { hasText: 'Vidéo vue' }).count())
			.toBe(1);
		expect(await card.count()).toBe(1);

		await page.goto(`${server.url}${MODULE}`);
		await page.locator('.module-quiz').scrollIntoViewIfNeeded();
		const box = page.getByRole('checkbox', { name: 'J’ai regardé la vidéo' });
		await box.waitFor();
		expect(await box.isChecked()).toBe(false);
		expect(await watch.problems()).toEqual({ failures: [], consoleErrors: [], cspViolations: [] });
		await context.close();
	});

	it('plays 30 % then seeks to the end: not watched, "vue à 30 %" on /progression', async () => {
		const context = await profile();
		await serveFakeEmbed(context);
		const page = await context.newPage();
		await page.goto(`${server.url}${MODULE}`);
		const frame = await embedFrame(page);
		await drive(frame, (player) => player.playUntil(72));
		await drive(frame, (player) => {
			player.scrub(236);
			return player.playUntil(240);
		});
		await expect.poll(() => watchedLine(page).innerText()).toMatch(/Vidéo vue à 30\s%/);
		expect(await watchedLine(page).innerText()).not.toMatch(/compte comme regardée\./);
		await page.goto(`${server.url}/progression`);
		const row = page.locator(`[data-progress-row="${MODULE_SLUG}"]`);
		await expect.poll(() => row.innerText()).toMatch(/vue à 30\s%/);
		await context.close();
	});
});

describe('resume', () => {
	it('reload → "Reprendre la vidéo à 1:40" seeks there and plays; focus stays on the button', async () => {
		const context = await profile();
		await serveFakeEmbed(context);
		const page = await context.newPage();
		await page.goto(`${server.url}${MODULE}`);
		await drive(await embedFrame(page), (player) => player.playUntil(100));
		await expect.poll(() => watchedLine(page).innerText()).toMatch(/vue à 41\s%/);

		await page.reload();
		const frame = await embedFrame(page);
		const resume = page.getByRole('button', { name: 'Reprendre la vidéo à 1:40' });
		await resume.waitFor();
		// Past viewing still counts after the reload.
		expect(await watchedLine(page).innerText()).toMatch(/vue à 41\s%/);
		await resume.focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => embedCalls(frame))
			.toEqual([
				{ method: 'seek', params: 100 },
				{ method: 'play', params: undefined }
			]);
		expect(await resume.evaluate((button) => button === document.activeElement)).toBe(true);
		await context.close();
	});
});

describe('timecodes and chapters (a fixture module)', () => {
	const dir = 'build-video';
	let fixture: StaticServer;

	beforeAll(async () => {
		expect(
			existsSync(dir),
			'CAPSULES_CONTENT_DIR=tests/fixtures/content/video-timecodes/content CAPSULES_QUIZZES_DIR=tests/fixtures/content/video-timecodes/quizzes BUILD_DIR=build-video npm run build'
		).toBe(true);
		fixture = await startStaticServer({ dir });
	});
	afterAll(() => fixture?.close());

	it('a time in the transcript seeks and plays; a chapter too; "Revoir ce passage" seeks', async () => {
		const { context } = await newIsolatedContext(browser, fixture.origin, {
			serviceWorkers: 'block'
		});
		await serveFakeEmbed(context);
		const page = await context.newPage();
		const watch = await watchPage(page, fixture.origin);
		await page.goto(`${fixture.url}/modules/video-reperes`);
		const frame = await embedFrame(page);

		const time = page.getByRole('button', { name: 'Lire à partir de 2:05' });
		await time.click();
		await expect
			.poll(() => embedCalls(frame))
			.toEqual([
				{ method: 'seek', params: 125 },
				{ method: 'play', params: undefined }
			]);
		expect(await time.evaluate((button) => button === document.activeElement)).toBe(true);

		await page
			.getByRole('button', { name: /^Lire à partir de 1:42\s:\sL’adresse académique$/ })
			.click();
		await expect
			.poll(async () => (await embedCalls(frame)).at(-2))
			.toEqual({
				method: 'seek',
				params: 102
			});
		await expectNoAxeViolations(page);

		// The quiz: a wrong answer shows "Revoir ce passage", which also cues the video there.
		await drive(frame, (player) => player.pause());
		const quiz = page.getByRole('region', { name: 'Quiz' });
		await quiz.scrollIntoViewIfNeeded();
		await quiz.getByRole('button', { name: 'Commencer' }).click();
		await quiz.getByRole('radio', { name: 'nom@education.fr' }).check();
		await quiz.getByRole('button', { name: 'Valider' }).click();
		const before = (await embedCalls(frame)).length;
		await quiz.getByRole('link', { name: 'Revoir ce passage' }).click();
		await expect
			.poll(async () => (await embedCalls(frame)).slice(before))
			.toEqual([{ method: 'seek', params: 102 }]);
		expect(page.url()).toMatch(/#transcription-2$/);
		expect(await watch.problems()).toEqual({ failures: [], consoleErrors: [], cspViolations: [] });
		await context.close();
	});

	it('without an answer from the embed, times and chapters are plain text, nothing to press', async () => {
		const { context } = await newIsolatedContext(browser, fixture.origin, {
			serviceWorkers: 'block'
		});
		await serveFakeEmbed(context, SILENT_EMBED_HTML);
		const page = await context.newPage();
		await page.goto(`${fixture.url}/modules/video-reperes`);
		await page.waitForTimeout(1500);
		expect(await page.locator('.video-time').count()).toBe(5);
		expect(await page.locator('button.video-time').count()).toBe(0);
		expect(await page.locator('.transcript').innerText()).toContain('1:42');
		await context.close();
	});
});

describe('an embed that never answers', () => {
	for (const [name, silent] of [
		['unreachable host', false],
		['a page that never speaks', true]
	] as const) {
		it(`${name}: the page is as it always was, no console error`, async () => {
			const context = await profile();
			if (silent) await serveFakeEmbed(context, SILENT_EMBED_HTML);
			const page = await context.newPage();
			const watch = await watchPage(page, server.origin);
			await page.goto(`${server.url}${MODULE}`);
			const figure = page.locator('figure.video');
			const html = await figure.innerHTML();
			await page.waitForTimeout(2000);
			expect(await figure.innerHTML()).toBe(html);
			expect(await figure.getByRole('button').count()).toBe(0);
			expect(await figure.locator('.video-panel, .chapters').count()).toBe(0);
			await page.locator('.module-quiz').scrollIntoViewIfNeeded();
			const box = page.getByRole('checkbox', { name: 'J’ai regardé la vidéo' });
			await box.check();
			await page.goto(`${server.url}/progression`);
			await expect
				.poll(() => page.locator(`[data-progress-row="${MODULE_SLUG}"]`).innerText())
				.toMatch(/Vidéo\s+regardée \(/);
			expect(await watch.problems()).toEqual({
				failures: [],
				consoleErrors: [],
				cspViolations: []
			});
			await context.close();
		});
	}
});

// Keep the fake's length in one place: the journeys above play to 95 % of it.
expect(FAKE_DURATION).toBe(240);
