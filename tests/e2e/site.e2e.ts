import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { useBuiltSite } from '../support/site';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

const MODULE = '/modules/messagerie-academique';
const VIDEO_HOST = 'https://tube.reseau-canope.fr/';

let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

async function openPage(options: { javaScriptEnabled?: boolean; width?: number } = {}) {
	const { context, offsite } = await newIsolatedContext(browser, server.origin, {
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: 900 }
	});
	const page = await context.newPage();
	const failures: string[] = [];
	page.on('response', (response) => {
		if (response.url().startsWith(server.origin) && response.status() >= 400) {
			failures.push(`${response.status()} ${response.url()}`);
		}
	});
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	return { page, context, offsite, failures, consoleErrors };
}

async function hasHorizontalScroll(page: Page): Promise<boolean> {
	return page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
}

describe('catalogue → module page', () => {
	it('a learner finds the module in its area and opens it', async () => {
		const { page, context, failures } = await openPage();
		await page.goto(`${server.url}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await page.title()).toBe('Catalogue des modules — Capsules');

		const area = page.getByRole('region', { name: 'Domaine 1' });
		await expect(area.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Domaine 1');
		await expect(
			area
				.getByText(
					'Avec cette vidéo, votre messagerie académique n’aura (quasiment) plus de secret pour vous !'
				)
				.count()
		).resolves.toBe(1);

		await area.getByRole('link', { name: 'Se connecter à sa messagerie académique' }).click();
		await page.waitForURL(`**${MODULE}`);
		expect(await page.title()).toBe('Se connecter à sa messagerie académique — Capsules');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Se connecter à sa messagerie académique'
		);
		expect(failures).toEqual([]);
		await context.close();
	});

	it('the module page shows the video, its download link, the full transcription and the credits', async () => {
		const { page, context, offsite, failures, consoleErrors } = await openPage();
		await page.goto(`${server.url}${MODULE}`);

		const iframe = page.locator('iframe');
		expect(await iframe.getAttribute('src')).toBe(
			'https://tube.reseau-canope.fr/videos/embed/09090670-0b40-478d-86b7-383451e602e8?api=1'
		);
		expect(await iframe.getAttribute('title')).toBe(
			'Vidéo\u00a0: Se connecter à sa messagerie académique'
		);
		expect(await iframe.getAttribute('loading')).toBe('lazy');
		expect(await iframe.getAttribute('allowfullscreen')).not.toBeNull();

		const download = page.getByRole('link', { name: /Télécharger la vidéo/ });
		expect(await download.getAttribute('href')).toBe(
			'https://tube.reseau-canope.fr/download/streaming-playlists/hls/videos/09090670-0b40-478d-86b7-383451e602e8-1080-fragmented.mp4'
		);

		const transcript = page.getByRole('region', { name: 'Transcription' });
		const paragraphs = transcript.locator('.passage');
		expect(await paragraphs.count()).toBe(26);
		// Visible on the page, not behind a click (RGAA 4.1).
		expect(await paragraphs.first().isVisible()).toBe(true);
		expect(await paragraphs.last().isVisible()).toBe(true);
		expect(await transcript.locator('details').count()).toBe(0);
		expect(await paragraphs.last().textContent()).toContain(
			'Ça y est, vous voici maintenant une pro de la messagerie pro !'
		);

		const credits = page.getByRole('region', { name: 'Crédits' });
		expect(await credits.getByRole('link', { name: 'CC BY-NC-ND 4.0' }).getAttribute('href')).toBe(
			'https://creativecommons.org/licenses/by-nc-nd/4.0/deed.fr'
		);
		expect(await credits.textContent()).toContain('Nicolas Sedel');

		// The video host is unreachable here: only the embed tried to reach it, and the page is intact.
		await page.waitForTimeout(300);
		expect(offsite.every((url) => url.startsWith(VIDEO_HOST))).toBe(true);
		expect(failures).toEqual([]);
		expect(
			consoleErrors.filter((e) => !e.includes('tube.reseau-canope.fr') && !e.includes('net::ERR'))
		).toEqual([]);
		await context.close();
	});

	it('works with JavaScript off: the transcription is in the prerendered HTML', async () => {
		const { page, context } = await openPage({ javaScriptEnabled: false });
		await page.goto(`${server.url}/`);
		// The module's card in its area (the parcours above links to it too).
		await page
			.getByRole('region', { name: 'Domaine 1' })
			.getByRole('link', { name: 'Se connecter à sa messagerie académique' })
			.click();
		await page.waitForURL(`**${MODULE}`);
		expect(await page.locator('.passage').count()).toBe(26);
		expect(await page.locator('iframe').count()).toBe(1);
		// The quiz says it needs JavaScript, and offers no « Commencer » that would do nothing.
		expect(await page.getByText(/Le quiz a besoin de JavaScript/).isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: 'Commencer' }).count()).toBe(0);
		await context.close();
	});

	it.each(['/', MODULE])('axe reports nothing on %s', async (path) => {
		const { page, context } = await openPage();
		await page.goto(`${server.url}${path}`);
		await expectNoAxeViolations(page, path);
		await context.close();
	});

	it.each(['/', MODULE])('%s reflows at 320 px without horizontal scrolling', async (path) => {
		const { page, context } = await openPage({ width: 320 });
		await page.goto(`${server.url}${path}`);
		expect(await hasHorizontalScroll(page)).toBe(false);
		await context.close();
	});
});

describe('under a sub-path', () => {
	const dir = 'build-formation';

	it('serves pages, links and assets from /formation', async () => {
		expect(existsSync(dir), 'BASE_PATH=/formation BUILD_DIR=build-formation npm run build').toBe(
			true
		);
		const sub = await startStaticServer({ dir, basePath: '/formation' });
		try {
			const { context } = await newIsolatedContext(browser, sub.origin);
			const page = await context.newPage();
			const failures: string[] = [];
			page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
			await page.goto(`${sub.url}/`);
			await page
				.getByRole('region', { name: 'Domaine 1' })
				.getByRole('link', { name: 'Se connecter à sa messagerie académique' })
				.click();
			await page.waitForURL(`**/formation${MODULE}`);
			expect(await page.locator('.passage').count()).toBe(26);
			// Styles arrived: the skip link is moved off-screen by the stylesheet.
			const top = await page.locator('.skip-link').evaluate((el) => getComputedStyle(el).top);
			expect(top).not.toBe('auto');
			await page.getByRole('link', { name: 'Catalogue' }).first().click();
			await page.waitForURL(`**/formation/`);
			expect(failures).toEqual([]);
			await context.close();
		} finally {
			await sub.close();
		}
	});
});
