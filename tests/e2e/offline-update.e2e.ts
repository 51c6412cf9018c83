// Issue 11: a deployment never serves the old version. A learner visits v1 in their own browser
// (a persistent profile: HTTP cache on disk), v2 is deployed on the same server, the learner
// accepts « Mettre à jour »: every page then comes from v2, offline too, whatever the host says
// about caching. No request routing here: routing disables the HTTP cache and hides the bug.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server';
import { twoDeployments, type Deployments } from '../support/deploy';
import { cachedFiles, openProfile, waitForOfflineReady } from '../support/offline';

const MODULE = '/modules/messagerie-academique';

let deployments: Deployments;
beforeAll(() => {
	deployments = twoDeployments();
});
afterAll(() => deployments?.remove());

const deployOf = (page: Page) => page.locator('html').getAttribute('data-deploy');

describe.each([
	{ host: 'Last-Modified and old mtimes (the nginx configuration)', cacheControl: undefined },
	{ host: 'Cache-Control: max-age=600', cacheControl: 'max-age=600' }
])('an update with $host', ({ cacheControl }) => {
	it('serves v2 whole after « Mettre à jour », online and offline', async () => {
		const server = await startStaticServer({ dir: deployments.v1, cacheControl });
		const { context, close } = await openProfile();
		try {
			const page = await context.newPage();
			await page.goto(`${server.url}/`);
			await waitForOfflineReady(page);
			await page.goto(`${server.url}${MODULE}`);
			await page.goto(`${server.url}/progression`);
			expect(await deployOf(page)).toBe('v1');

			server.swap(deployments.v2);
			await page.goto(`${server.url}/`);
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			await page.getByRole('button', { name: 'Mettre à jour' }).waitFor({ timeout: 30_000 });
			await Promise.all([
				page.waitForEvent('load'),
				page.getByRole('button', { name: 'Mettre à jour' }).click()
			]);
			expect(await deployOf(page)).toBe('v2');

			// One cache is left, and every page in it is v2's (the module opened in v1 came along).
			await expect.poll(async () => Object.keys(await cachedFiles(page)).length).toBe(1);
			const [files] = Object.values(await cachedFiles(page));
			const pages = Object.entries(files!).filter(([, deploy]) => deploy !== null);
			expect(pages.map(([path]) => path)).toEqual(
				expect.arrayContaining(['/', '/progression', '/mot-de-passe', MODULE])
			);
			expect(pages.filter(([, deploy]) => deploy !== 'v2')).toEqual([]);

			// Offline, the module and its quiz run on v2's files alone.
			await context.setOffline(true);
			await page.goto(`${server.url}${MODULE}`);
			expect(await deployOf(page)).toBe('v2');
			await page.getByRole('button', { name: 'Commencer' }).click();
			await page.getByRole('heading', { name: /^Question 1 sur \d+$/ }).waitFor();
			await context.setOffline(false);
		} finally {
			await close();
			await server.close();
		}
	});
});
