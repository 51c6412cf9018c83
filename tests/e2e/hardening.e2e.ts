// Hardening journeys: offline after one visit, a clean update, zero CSP violations, keyboard
// only, skip link first, reflow at 320 px, 200 % text, reduced motion, axe on every page, text
// that keeps its spaces after punctuation, and an author's hostile Markdown rendered inert.
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { brokenButtonLabels } from '../support/label-flow';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { watchPage } from '../support/page-watch';
import { useBuiltSite } from '../support/site';
import { waitUntilKept } from '../support/offline';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

const MODULE = '/modules/messagerie-academique';
const PAGES = [
	{ path: '/', h1: 'Catalogue des modules' },
	{ path: MODULE, h1: 'Se connecter à sa messagerie académique' },
	{ path: '/mot-de-passe', h1: null },
	{ path: '/progression', h1: 'Ma progression' },
	{ path: '/adresse-academique', h1: 'Mon adresse académique' },
	{ path: '/accessibilite', h1: 'Déclaration d’accessibilité' }
];

let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

async function profile(
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<BrowserContext> {
	const { context } = await newIsolatedContext(browser, server.origin, {
		viewport: { width: 1280, height: 900 },
		...options
	});
	return context;
}

/** Waits until the service worker controls the page and has finished precaching. */
async function waitForOfflineReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

describe('offline after one visit', () => {
	it('opens every page, and the module opened once, with the network cut; the video says it is unavailable', async () => {
		const context = await profile({ serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		await waitForOfflineReady(page);
		// Reloaded by the first install? It must not be: the page is the same document.
		expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
		// Module pages are kept once opened (tests/e2e/offline-pages.e2e.ts: not before).
		await page.goto(`${server.url}${MODULE}`);
		await waitUntilKept(page, MODULE);

		await context.setOffline(true);
		for (const { path, h1 } of PAGES) {
			const response = await page.goto(`${server.url}${path}`);
			expect(response?.ok(), path).toBe(true);
			if (h1) expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(h1);
		}

		await page.goto(`${server.url}${MODULE}`);
		await page.getByText('Vidéo indisponible hors connexion').waitFor();
		expect(await page.locator('iframe').count()).toBe(0);
		expect(await page.locator('.passage').count()).toBe(26);
		// The quiz works offline too.
		await page.getByRole('button', { name: 'Commencer' }).click();
		await page.getByRole('heading', { name: /^Question 1 sur \d+$/ }).waitFor();

		// Links work too (offline, they load the kept page rather than fetch its data).
		await page.getByRole('link', { name: 'Catalogue' }).first().click();
		await page.getByRole('heading', { level: 1, name: 'Catalogue des modules' }).waitFor();
		await context.close();
	});

	it('keeps the password dictionaries once they have been loaded', async () => {
		const context = await profile({ serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(`${server.url}/mot-de-passe`);
		await waitForOfflineReady(page);
		const field = page.getByLabel('Mot de passe', { exact: true });
		const verdict = page.locator('[data-guessability]');
		await field.fill('Bonjour2024!');
		await expect
			.poll(() => verdict.textContent(), { timeout: 30_000 })
			.toContain('il contient un mot courant et une année');

		// Offline, another common word: only the French dictionary knows it (« Education » or
		// « Vacances » would be caught by the trade dictionary, French dictionary or not).
		await context.setOffline(true);
		await page.reload();
		await page.getByLabel('Mot de passe', { exact: true }).fill('Papillon2024!');
		await expect
			.poll(() => verdict.textContent(), { timeout: 30_000 })
			.toContain('il contient un mot courant et une année');
		await context.close();
	});

	it('offers a new version and takes it whole on "Mettre à jour"', async () => {
		const context = await profile({ serviceWorkers: 'allow' });
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		await waitForOfflineReady(page);

		const worker = readFileSync('build/service-worker.js', 'utf8');
		server.override('/service-worker.js', `${worker}\n// version suivante\n`);
		try {
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			await page.getByRole('button', { name: 'Mettre à jour' }).waitFor();
			expect(
				await page.getByRole('status').filter({ hasText: 'Nouvelle version disponible' }).count()
			).toBe(1);
			await Promise.all([
				page.waitForEvent('load'),
				page.getByRole('button', { name: 'Mettre à jour' }).click()
			]);
			await page.getByRole('heading', { level: 1, name: 'Catalogue des modules' }).waitFor();
			expect(await page.getByRole('button', { name: 'Mettre à jour' }).count()).toBe(0);
		} finally {
			server.override('/service-worker.js', worker);
			await context.close();
		}
	});
});

describe('every page', () => {
	it.each(PAGES)(
		'$path: no CSP violation, no console error, axe reports nothing',
		async ({ path }) => {
			const context = await profile();
			const page = await context.newPage();
			const watch = await watchPage(page, server.origin);
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			await expectNoAxeViolations(page, path);
			const problems = await watch.problems();
			expect(problems.cspViolations).toEqual([]);
			expect(problems.consoleErrors).toEqual([]);
			expect(problems.failures).toEqual([]);
			await context.close();
		}
	);

	it.each(PAGES)(
		'$path: the text as shown keeps a space after each sentence’s punctuation',
		async ({ path }) => {
			// Svelte trims the whitespace that opens an {#if} block: text on both sides can join.
			const context = await profile();
			const page = await context.newPage();
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			const shown = await page.evaluate(() => {
				// Transcriptions and credits stay as their authors published them.
				for (const kept of document.querySelectorAll('.passage, .credits, code, pre, kbd')) {
					kept.remove();
				}
				return document.body.innerText;
			});
			const joined = [...shown.matchAll(/[a-zà-ÿ»)][.!?;:,][A-ZÀ-Ý«]/g)].map((match) =>
				shown.slice(Math.max(0, match.index - 20), match.index + 12)
			);
			expect(joined).toEqual([]);
			await context.close();
		}
	);

	it.each(PAGES)(
		'$path: the skip link is the first stop and leads to the content',
		async ({ path }) => {
			const context = await profile();
			const page = await context.newPage();
			await page.goto(`${server.url}${path}`);
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
				'Aller au contenu'
			);
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
			await context.close();
		}
	);

	it.each(PAGES)(
		'$path: keyboard alone reaches every control, each with a visible focus',
		async ({ path }) => {
			const context = await profile();
			const page = await context.newPage();
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			const focusable = await page.evaluate(
				() =>
					[
						...document.querySelectorAll<HTMLElement>(
							'a[href], button, input, select, textarea, [tabindex]'
						)
					].filter(
						(el) =>
							el.tabIndex >= 0 && !el.hasAttribute('disabled') && el.getClientRects().length > 0
					).length
			);
			const seen = new Set<string>();
			for (let step = 0; step < focusable + 5; step++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					if (!el || el === document.body) return null;
					const style = getComputedStyle(el);
					const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
					const path = [];
					for (let node: Element | null = el; node; node = node.parentElement) {
						path.unshift(
							`${node.tagName}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`
						);
					}
					return {
						key: path.join('>'),
						visible,
						label:
							el.textContent?.trim().slice(0, 40) || el.getAttribute('aria-label') || el.tagName
					};
				});
				if (!focus) continue;
				expect(focus.visible, `focus invisible sur « ${focus.label} »`).toBe(true);
				seen.add(focus.key);
			}
			// No trap: tabbing went through (at least) every focusable control of the page.
			expect(seen.size).toBeGreaterThanOrEqual(focusable);
			await context.close();
		}
	);

	it.each(PAGES)(
		'$path: reflows at 320 px, with button labels that wrap as text, and survives 200 % text',
		async ({ path }) => {
			const context = await profile({ viewport: { width: 320, height: 640 } });
			const page = await context.newPage();
			await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			const overflows = () =>
				page.evaluate(
					() => document.documentElement.scrollWidth > document.documentElement.clientWidth
				);
			expect(await overflows()).toBe(false);
			expect(await brokenButtonLabels(page)).toEqual([]);
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			expect(await overflows()).toBe(false);
			expect(await page.getByRole('link', { name: 'Aller au contenu' }).count()).toBe(1);
			await context.close();
		}
	);

	it('respects prefers-reduced-motion', async () => {
		const context = await profile({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		await page.goto(`${server.url}${MODULE}`);
		const duration = await page
			.locator('a')
			.first()
			.evaluate((el) => getComputedStyle(el).transitionDuration);
		expect(parseFloat(duration)).toBeLessThan(0.001);
		expect(
			await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)
		).toBe('auto');
		await context.close();
	});
});

describe('hostile Markdown from an author', () => {
	const dir = 'build-fixture';

	it('renders <script>, onerror=, javascript:, an iframe and an SVG payload inert', async () => {
		expect(
			existsSync(dir),
			'CAPSULES_CONTENT_DIR=tests/fixtures/content/unsafe-markdown/content BUILD_DIR=build-fixture npm run build'
		).toBe(true);
		const fixture = await startStaticServer({ dir });
		try {
			const { context } = await newIsolatedContext(browser, fixture.origin);
			const page = await context.newPage();
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			const watch = await watchPage(page, fixture.origin);
			await page.goto(`${fixture.url}/modules/piege`, { waitUntil: 'networkidle' });
			const article = page.locator('article');
			expect(await article.locator('script').count()).toBe(0);
			expect(await article.locator('svg').count()).toBe(0);
			expect(await article.locator('iframe').count()).toBe(1); // the module's own video only
			expect(await article.locator('[onerror], [onload], [onclick]').count()).toBe(0);
			expect(await article.locator('a[href^="javascript" i]').count()).toBe(0);
			expect(await page.getByRole('link', { name: 'Lien sûr' }).getAttribute('href')).toBe(
				'https://education.gouv.fr'
			);
			await page.waitForTimeout(300);
			expect(dialogs).toEqual([]);
			expect((await watch.problems()).cspViolations).toEqual([]);
			await context.close();
		} finally {
			await fixture.close();
		}
	});
});
