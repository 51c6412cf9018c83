// Issue 17: « Mon adresse académique », keyboard only, in Chromium, against the built site:
// the probable address and login with their confidence, the uncertain names with their variants,
// nothing sent or stored, axe clean, 320 px, and the links from the module and the catalogue.
import type { Browser, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { expectNoAxeViolations } from '../support/axe';
import { useBuiltSite } from '../support/site';
import type { StaticServer } from '../../scripts/lib/static-server';

const PAGE = '/adresse-academique';
let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

async function openHelper(width = 1280) {
	const { context } = await newIsolatedContext(browser, server.origin, {
		viewport: { width, height: 900 },
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${server.url}${PAGE}`, { waitUntil: 'networkidle' });
	return { context, page, errors };
}

/** Tabs from the top of the page until the element with this id has the focus. */
async function tabTo(page: Page, id: string): Promise<void> {
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
	}
	throw new Error(`#${id} not reached with Tab`);
}

/** Types the person with the keyboard alone: Tab to the first name, type, Tab, type, Tab, choose. */
async function typePerson(page: Page, first: string, last: string, academy: string) {
	await tabTo(page, 'prenom');
	await page.keyboard.type(first);
	await page.keyboard.press('Tab');
	await page.keyboard.type(last);
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('academie');
	// A closed <select> selects the option whose label starts with what is typed.
	await page.keyboard.type(academy);
}

const output = (page: Page, id: string) => page.locator(`[data-output="${id}"]`);

describe('Mon adresse académique', () => {
	it('without JavaScript, says it needs it, offers no field, and keeps its sources', async () => {
		const { context } = await newIsolatedContext(browser, server.origin, {
			viewport: { width: 320, height: 900 },
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto(`${server.url}${PAGE}`);
		expect(await page.getByText(/activez JavaScript pour l’utiliser/).isVisible()).toBe(true);
		expect(await page.getByRole('textbox').count()).toBe(0);
		expect(await page.getByRole('combobox').count()).toBe(0);
		expect(await page.getByText(/Le résultat s’affichera ici/).isVisible()).toBe(false);
		expect(await page.getByRole('heading', { name: 'Sources et fiabilité' }).isVisible()).toBe(
			true
		);
		await context.close();
	});

	it('gives michel.dupond@ac-lille.fr and mdupond, « probable », keyboard only, nothing sent or stored', async () => {
		const { context, page, errors } = await openHelper();
		const requests: Request[] = [];
		page.on('request', (request) => requests.push(request));
		await typePerson(page, 'Michel', 'Dupond', 'Lille');
		expect(await page.locator('#academie').inputValue()).toBe('lille');

		const address = output(page, 'adresse');
		await expect
			.poll(() => address.locator('.value code').textContent())
			.toBe('michel.dupond@ac-lille.fr');
		expect(await address.locator('.confidence').textContent()).toBe('probable');
		expect(await address.locator('.variants').count()).toBe(0);
		const login = output(page, 'identifiant');
		expect(await login.locator('.value code').textContent()).toBe('mdupond');
		expect(await login.locator('.confidence').textContent()).toBe('probable');
		// Every reason links to its source: the video for the format, the team's survey for the domain.
		expect(await address.getByRole('link', { name: 'Source : la vidéo du module' }).count()).toBe(
			1
		);
		expect(await address.getByRole('link', { name: /^Source : relevé/ }).count()).toBe(1);
		expect(await output(page, 'homonymes').textContent()).toContain('michel.dupond1@ac-lille.fr');
		expect(await output(page, 'homonymes').textContent()).toContain('mdupond1');
		expect(await output(page, 'homonymes').locator('.confidence').textContent()).toBe('probable');
		expect(
			await output(page, 'webmail')
				.getByRole('link', { name: 'https://webmail.ac-lille.fr' })
				.count()
		).toBe(1);
		expect(await output(page, 'nationale').textContent()).toContain('à vérifier');

		// The polite summary speaks once typing stops.
		await expect
			.poll(() => page.locator('[aria-live="polite"]').textContent())
			.toContain('michel.dupond@ac-lille.fr');
		expect(requests.map((request) => request.url())).toEqual([]);
		const stored = await page.evaluate(async () => ({
			local: localStorage.length,
			session: sessionStorage.length,
			databases: (await indexedDB.databases()).length,
			cookies: document.cookie
		}));
		expect(stored).toEqual({ local: 0, session: 0, databases: 0, cookies: '' });
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows « Jean-Éric » and « de La Fontaine » as uncertain, with their variants and why', async () => {
		const { context, page } = await openHelper();
		await typePerson(page, 'Jean-Éric', 'de La Fontaine', 'Paris');
		const address = output(page, 'adresse');
		await expect
			.poll(() => address.locator('.value code').textContent())
			.toBe('jean-eric.de-la-fontaine@ac-paris.fr');
		expect(await address.locator('.confidence').textContent()).toBe('à vérifier');
		const variants = await address.locator('.variants code').allTextContents();
		expect(variants).toContain('jeaneric.delafontaine@ac-paris.fr');
		expect(variants).toContain('jean-eric.fontaine@ac-paris.fr');
		const why = await address.locator('.reasons').textContent();
		expect(why).toContain('Prénom composé');
		expect(why).toContain('Particule');
		expect(why).toContain('Accents');
		// Paris confirms its format: that reason alone is « confirmé », the whole is not.
		expect(await address.locator('.reasons li[data-status="V"]').count()).toBeGreaterThan(0);
		const login = output(page, 'identifiant');
		expect(await login.locator('.value code').textContent()).toBe('jde-la-fontaine');
		expect(await login.locator('.confidence').textContent()).not.toBe('confirmé par l’académie');
		expect(await login.locator('.variants code').allTextContents()).toContain('jdelafontaine');
		await expectNoAxeViolations(page);
		await context.close();
	});

	it('reflows at 320 px with a long result, and a guessed webmail is not a link', async () => {
		const { context, page } = await openHelper(320);
		await typePerson(page, 'Marie-Bénédicte', 'de Saint-Exupéry-Villeneuve', 'Mayotte');
		await expect.poll(() => output(page, 'adresse').count()).toBe(1);
		const overflows = await page.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth
		);
		expect(overflows).toBe(false);
		// Mayotte: no webmail in the facts, so the video's pattern is shown « à vérifier », unlinked.
		const webmail = output(page, 'webmail');
		expect(await webmail.locator('.confidence').textContent()).toBe('à vérifier');
		expect(await webmail.locator('.value a').count()).toBe(0);
		await expectNoAxeViolations(page);
		await context.close();
	});

	it('is linked from the catalogue’s tools and beside the module’s address and login paragraphs', async () => {
		const { context, page } = await openHelper();
		await page.goto(`${server.url}/`);
		const tools = page.getByRole('region', { name: 'Outils' });
		await tools.getByRole('link', { name: 'Mon adresse académique' }).click();
		await page.waitForURL(`**${PAGE}`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Mon adresse académique'
		);

		await page.goto(`${server.url}/modules/messagerie-academique`);
		for (const quote of ['Toutes les adresses mails académiques', 'L’identifiant est en général']) {
			const note = page
				.locator('.passage', { hasText: quote })
				.locator('xpath=following-sibling::*[1]');
			expect(await note.getAttribute('role')).toBe('note');
			const link = note.getByRole('link', { name: 'Mon adresse académique' });
			expect(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(
				PAGE
			);
		}
		await context.close();
	});
});
