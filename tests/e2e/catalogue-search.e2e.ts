// The catalogue's search and filters (Pagefind, built with the site), in Chromium, and the
// catalogue without JavaScript.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { useBuiltSite } from '../support/site';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { watchPage } from '../support/page-watch';

const TITLE = 'Se connecter à sa messagerie académique';
const BUILD_FORMATION = 'BASE_PATH=/formation BUILD_DIR=build-formation npm run build';

let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

async function openCatalogue(javaScriptEnabled = true) {
	const { context } = await newIsolatedContext(browser, server.origin, {
		javaScriptEnabled,
		viewport: { width: 1280, height: 900 }
	});
	const page = await context.newPage();
	const watch = await watchPage(page, server.origin);
	await page.goto(`${server.url}/`);
	return { context, page, watch };
}

describe('catalogue search', () => {
	it('finds a module by a word only its transcription holds, says so, and works offline after', async () => {
		const { context, page, watch } = await openCatalogue();
		const search = page.getByRole('searchbox', { name: 'Rechercher un module' });
		// « homonymie » is said in the first module's video only; the plural is stemmed.
		await search.fill('homonymies');
		await page.getByRole('button', { name: 'Rechercher' }).click();
		const results = page.locator('.hits');
		await results.getByRole('link', { name: TITLE }).waitFor();
		expect(await page.locator('.results').getByRole('status').textContent()).toBe(
			'1 module trouvé.'
		);
		const hit = results.locator('li', { has: page.getByRole('link', { name: TITLE }) });
		expect(await hit.locator('.where').textContent()).toContain('Trouvé dans la transcription');
		expect(await hit.locator('mark').first().textContent()).toMatch(/^homonymie/i);
		await expectNoAxeViolations(page);

		// Once loaded, the engine and this part of the index answer without the network.
		await search.fill('');
		await page.getByRole('button', { name: 'Rechercher' }).click();
		await context.setOffline(true);
		await search.fill('homonymie');
		await page.getByRole('button', { name: 'Rechercher' }).click();
		await results.getByRole('link', { name: TITLE }).waitFor();
		await context.setOffline(false);
		expect((await watch.problems()).cspViolations).toEqual([]);
		expect((await watch.problems()).consoleErrors).toEqual([]);
		await context.close();
	});

	it('finds words whatever their accents, and in the title', async () => {
		const { context, page } = await openCatalogue();
		await page.getByRole('searchbox', { name: 'Rechercher un module' }).fill('hierarchie');
		await page.getByRole('button', { name: 'Rechercher' }).click();
		await page.locator('.hits').getByRole('link', { name: TITLE }).waitFor();

		await page.getByRole('searchbox', { name: 'Rechercher un module' }).fill('connecter');
		await page.getByRole('button', { name: 'Rechercher' }).click();
		const hit = page.locator('.hits li', { has: page.getByRole('link', { name: TITLE }) });
		await hit.waitFor();
		expect(await hit.locator('.where').textContent()).toContain('Trouvé dans le titre');
		await context.close();
	});

	it('filters by area and by the learner’s status, without a query', async () => {
		const { context, page } = await openCatalogue();
		const status = page.getByRole('combobox', { name: 'Ma progression' });
		await status.selectOption({ label: 'Non commencé' });
		const hits = page.locator('.hits li');
		await hits.first().waitFor();
		const all = await hits.count();
		expect(all).toBeGreaterThanOrEqual(3);

		// Nothing is passed yet: « Réussi » lists nothing.
		await status.selectOption({ label: 'Réussi' });
		await page
			.locator('.results')
			.getByRole('status')
			.filter({ hasText: 'Aucun module ne correspond.' })
			.waitFor();

		await status.selectOption({ label: 'Tous les modules' });
		const area = page.getByRole('combobox', { name: 'Domaine' });
		const options = await area.locator('option').allTextContents();
		await area.selectOption({ label: options[1]! });
		await hits.first().waitFor();
		const inArea = await page.locator('.hits li .where').allTextContents();
		expect(inArea.length).toBeGreaterThan(0);
		expect(inArea.length).toBeLessThan(all);
		expect(inArea.every((where) => where.startsWith(options[1]!))).toBe(true);
		await expectNoAxeViolations(page);
		await context.close();
	});
});

describe('catalogue without JavaScript', () => {
	it('is a plain list of areas and modules, every link working', async () => {
		const { context, page } = await openCatalogue(false);
		expect(await page.getByRole('link', { name: TITLE }).count()).toBeGreaterThanOrEqual(1);
		const areas = page.getByRole('navigation', { name: 'Domaines' }).getByRole('link');
		expect(await areas.count()).toBeGreaterThanOrEqual(1);
		// The search form says it needs JavaScript (Playwright's text queries skip <noscript>).
		const notice = await page.evaluate(() => {
			const paragraph = document.querySelector('search form noscript p');
			return paragraph?.checkVisibility() ? paragraph.textContent : null;
		});
		expect(notice).toContain('La recherche et les filtres demandent JavaScript');
		await page.getByRole('link', { name: TITLE }).first().click();
		await page.waitForURL('**/modules/messagerie-academique');
		await context.close();
	});
});

describe('catalogue search under a sub-path', () => {
	it('loads its index from /formation/pagefind/ and links into /formation', async () => {
		expect(existsSync('build-formation/pagefind/pagefind.js'), BUILD_FORMATION).toBe(true);
		const formation = await startStaticServer({ dir: 'build-formation', basePath: '/formation' });
		try {
			const { context } = await newIsolatedContext(browser, formation.origin);
			const page = await context.newPage();
			await page.goto(`${formation.url}/`);
			await page.getByRole('searchbox', { name: 'Rechercher un module' }).fill('homonymie');
			await page.getByRole('button', { name: 'Rechercher' }).click();
			const link = page.locator('.hits').getByRole('link', { name: TITLE });
			await link.click();
			await page.waitForURL(`${formation.url}/modules/messagerie-academique`);
			await context.close();
		} finally {
			await formation.close();
		}
	});
});
