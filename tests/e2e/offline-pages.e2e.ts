// Issue 16, offline that scales: a first visit keeps the shell and the page being visited, not
// every module; a module opened once opens offline; « Garder hors connexion » and « Tout le
// catalogue » keep more; an update keeps what was kept; the offline page says what is kept.
// Issue 14: `/page/` and `/page` behave the same; the password checker says when it is offline.
// Persistent profiles and no request routing, as in a learner's browser.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { expectNoAxeViolations } from '../support/axe';
import { twoDeployments } from '../support/deploy';
import { cachedFiles, openProfile, waitForOfflineReady, waitUntilKept } from '../support/offline';

const MODULE = '/modules/messagerie-academique';
const TITLE = 'Se connecter à sa messagerie académique';
const OTHERS = [
	'/modules/ameliorer-la-cybersecurite-de-ses-outils-numeriques',
	'/modules/configurer-son-client-de-messagerie-pour-recevoir-ses-mails-academiques'
];

let server: StaticServer;
beforeAll(async () => {
	server = await startStaticServer({ dir: 'build' });
});
afterAll(async () => {
	await server?.close();
});

/** The paths in the site's only cache. */
async function cachedPaths(page: Page): Promise<string[]> {
	const caches = await cachedFiles(page);
	expect(Object.keys(caches)).toHaveLength(1);
	return Object.keys(Object.values(caches)[0]!);
}

async function startQuiz(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Commencer' }).click();
	await page.getByRole('heading', { name: /^Question 1 sur \d+$/ }).waitFor();
}

/** Keeps every module with the catalogue's control; returns the largest progress value seen. */
async function keepWholeCatalogue(page: Page): Promise<void> {
	const button = page.getByRole('button', { name: /^Tout le catalogue \(\d+\s?[KM]o\)$/ });
	await button.waitFor({ timeout: 30_000 });
	await expectNoAxeViolations(page, 'catalogue, « Tout le catalogue » proposé');
	await page.evaluate(() => {
		const seen = ((window as unknown as { progressSeen: boolean }).progressSeen = false);
		new MutationObserver(() => {
			if (document.querySelector('progress'))
				(window as unknown as { progressSeen: boolean }).progressSeen = true;
		}).observe(document.body, { childList: true, subtree: true });
		return seen;
	});
	await button.click();
	await page
		.getByRole('status')
		.filter({ hasText: 'Les 3 modules sont disponibles hors connexion sur cet appareil.' })
		.waitFor();
	await expectNoAxeViolations(page, 'catalogue, modules gardés');
	expect(
		await page.evaluate(() => (window as unknown as { progressSeen: boolean }).progressSeen)
	).toBe(true);
}

describe('a first visit', () => {
	it('keeps the shell (catalogue, /progression, /mot-de-passe), no module page', async () => {
		const { context, close } = await openProfile();
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/`);
			await waitForOfflineReady(page);
			const paths = await cachedPaths(page);
			expect(paths).toEqual(expect.arrayContaining(['/', '/progression', '/mot-de-passe']));
			// Data files serve client-side navigation only; the catalogue's grows with the catalogue.
			expect(paths.filter((path) => path.endsWith('/__data.json'))).toEqual([]);
			expect(paths.some((path) => path.includes('/_app/immutable/entry/'))).toBe(true);
			expect(paths.filter((path) => path.startsWith('/modules/'))).toEqual([]);
			// Nor anything else that grows with the catalogue: attestations, area pages, the filters' list.
			expect(
				paths.filter((path) => /^\/(attestation|domaines)\/|^\/catalogue\.json$/.test(path))
			).toEqual([]);
		} finally {
			await close();
		}
	});

	it('searches offline on a later visit, after one search online', async () => {
		const { context, close } = await openProfile();
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/`);
			await waitForOfflineReady(page);
			const search = async (word: string) => {
				await page.getByRole('searchbox', { name: 'Rechercher un module' }).fill(word);
				await page.getByRole('button', { name: 'Rechercher' }).click();
				// « homonymie » is said in the first module's video only.
				await page.locator('.hits').getByRole('link', { name: TITLE }).waitFor();
			};
			await search('homonymie');
			const kept = await cachedPaths(page);
			expect(kept.filter((path) => path.startsWith('/pagefind/')).length).toBeGreaterThan(2);

			await context.setOffline(true);
			await page.reload();
			await search('homonymie');
			expect(await page.locator('.results').getByRole('status').textContent()).toBe(
				'1 module trouvé.'
			);
		} finally {
			await close();
		}
	});

	it('on a module page keeps that page too, and no other module', async () => {
		const { context, close } = await openProfile();
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}${MODULE}`);
			await waitForOfflineReady(page);
			await waitUntilKept(page, MODULE);
			const modules = (await cachedPaths(page)).filter((path) => path.startsWith('/modules/'));
			expect(modules.sort()).toEqual([MODULE, `${MODULE}/__data.json`]);
		} finally {
			await close();
		}
	});
});

describe('pages kept on demand', () => {
	it('opens a module opened once offline; one never opened says what is kept', async () => {
		const { context, close } = await openProfile();
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/`);
			await waitForOfflineReady(page);
			// A client-side navigation (only the page's data is fetched) keeps the page as well.
			// The module's card in its area (the parcours lists it too).
			await page.locator('section.area').getByRole('link', { name: TITLE }).click();
			await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
			await waitUntilKept(page, MODULE);
			await page
				.getByRole('status')
				.filter({ hasText: 'Disponible hors connexion sur cet appareil.' })
				.waitFor();
			await expectNoAxeViolations(page, 'module gardé');

			await context.setOffline(true);
			const response = await page.goto(`${server.url}${MODULE}`);
			expect(response?.status()).toBe(200);
			await startQuiz(page);

			// A link to a module never opened leads to the offline page, not to an error.
			await page.getByRole('link', { name: 'Catalogue' }).first().click();
			await page.getByRole('heading', { level: 1, name: 'Catalogue des modules' }).waitFor();
			await page.locator(`a[href$="${OTHERS[0]}"]`).first().click();
			await page.getByRole('heading', { level: 1, name: 'Hors connexion' }).waitFor();

			const missing = await page.goto(`${server.url}${OTHERS[0]}`);
			expect(missing?.status()).toBe(503);
			await expectNoAxeViolations(page, 'page hors connexion');
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hors connexion');
			const kept = page.getByRole('link', { name: TITLE });
			expect(await kept.getAttribute('href')).toBe(MODULE);
			expect(await page.locator('main').textContent()).toContain(
				'«\u202fGarder hors connexion\u202f»'
			);
			expect(await page.locator('main').textContent()).toContain('«\u202fTout le catalogue\u202f»');
			await kept.click();
			await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
		} finally {
			await close();
		}
	});

	it('« Tout le catalogue » shows its size, a progress bar, and keeps every module', async () => {
		const { context, close } = await openProfile();
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/`);
			await waitForOfflineReady(page);
			await keepWholeCatalogue(page);
			// The filters' module list comes along (the catalogue's filters work offline).
			expect(await cachedPaths(page)).toContain('/catalogue.json');
			await context.setOffline(true);
			for (const path of [MODULE, ...OTHERS]) {
				const response = await page.goto(`${server.url}${path}`);
				expect(response?.status(), path).toBe(200);
			}
			await startQuiz(page);
		} finally {
			await close();
		}
	});

	it('an update keeps what was kept, re-fetched for the new version', async () => {
		const deployments = twoDeployments();
		const host = await startStaticServer({ dir: deployments.v1 });
		const { context, close } = await openProfile();
		try {
			const page = await context.newPage();
			await page.goto(`${host.url}/`);
			await waitForOfflineReady(page);
			await keepWholeCatalogue(page);

			host.swap(deployments.v2);
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			await page.getByRole('button', { name: 'Mettre à jour' }).waitFor({ timeout: 30_000 });
			await Promise.all([
				page.waitForEvent('load'),
				page.getByRole('button', { name: 'Mettre à jour' }).click()
			]);
			await expect.poll(async () => Object.keys(await cachedFiles(page)).length).toBe(1);
			const [files] = Object.values(await cachedFiles(page));
			for (const path of [MODULE, ...OTHERS]) {
				expect(files![path], path).toBe('v2');
				expect(Object.keys(files!), path).toContain(`${path}/__data.json`);
			}

			await context.setOffline(true);
			await page.goto(`${host.url}${OTHERS[1]}`);
			expect(await page.locator('html').getAttribute('data-deploy')).toBe('v2');
			await startQuiz(page);
		} finally {
			await close();
			await host.close();
			deployments.remove();
		}
	});
});

describe('one address per page', () => {
	it.each([
		{ workers: 'block' as const, label: 'without a service worker' },
		{ workers: 'allow' as const, label: 'with the service worker, offline too' }
	])('/page/ leads to /page and works the same, $label', async ({ workers }) => {
		const { context, close } = await openProfile(workers);
		try {
			const page = await context.newPage();
			if (workers === 'allow') {
				await page.goto(`${server.url}/`);
				await waitForOfflineReady(page);
				await page.goto(`${server.url}${MODULE}`);
				await waitUntilKept(page, MODULE);
				await context.setOffline(true);
			}
			for (const path of [`${MODULE}/`, `${MODULE}//`, '/progression/']) {
				const response = await page.goto(`${server.url}${path}?source=lien`);
				expect(response?.status(), path).toBe(200);
				expect(new URL(page.url()).pathname).toBe(path.replace(/\/+$/, ''));
				expect(new URL(page.url()).search).toBe('?source=lien');
			}
			await page.goto(`${server.url}${MODULE}/`);
			await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
			await startQuiz(page);
		} finally {
			await close();
		}
	});
});

describe('the password checker offline', () => {
	it('says the dictionaries were never loaded, not that the browser cannot', async () => {
		const { context, close } = await openProfile();
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/`);
			await waitForOfflineReady(page);
			await context.setOffline(true);
			await page.goto(`${server.url}/mot-de-passe`);
			await page.getByLabel('Mot de passe', { exact: true }).fill('Papillon2024!');
			const panel = page.locator('[data-guessability]');
			await expect.poll(() => panel.getAttribute('data-guessability')).toBe('unavailable');
			const text = await panel.textContent();
			expect(text).toContain('Hors connexion');
			expect(text).toContain('pas encore été chargés sur cet appareil');
			expect(text).not.toContain('dans ce navigateur');
		} finally {
			await close();
		}
	});
});
