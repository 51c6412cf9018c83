import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/browser';
import { findBrowser } from '../../scripts/lib/find-browser.mjs';

/**
 * A persistent Chromium profile, as a learner's own browser has (HTTP cache on disk, service
 * workers allowed). No request routing: Playwright's routing disables the HTTP cache.
 */
export async function openProfile(serviceWorkers: 'allow' | 'block' = 'allow'): Promise<{
	context: BrowserContext;
	close: () => Promise<void>;
}> {
	const dir = mkdtempSync(join(tmpdir(), 'capsules-profil-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: findBrowser(),
		headless: true,
		args: CHROMIUM_ARGS,
		locale: 'fr-FR',
		serviceWorkers,
		viewport: { width: 1280, height: 900 }
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Waits until a service worker controls the page (it has finished installing and activated). */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

/** What the site's caches hold: for each cache, its paths (with the deployment of each HTML page). */
export function cachedFiles(page: Page): Promise<Record<string, Record<string, string | null>>> {
	return page.evaluate(async () => {
		const out: Record<string, Record<string, string | null>> = {};
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			const entries: Record<string, string | null> = {};
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				const type = response?.headers.get('content-type') ?? '';
				entries[new URL(request.url).pathname] = type.includes('text/html')
					? (/data-deploy="(\w+)"/.exec((await response?.text()) ?? '')?.[1] ?? '?')
					: null;
			}
			out[name] = entries;
		}
		return out;
	});
}

/** Waits until the site's cache holds a page's HTML and data (a page is kept in the background). */
export async function waitUntilKept(page: Page, path: string): Promise<void> {
	await page.waitForFunction(
		async (path) => {
			const hits = await Promise.all([caches.match(path), caches.match(`${path}/__data.json`)]);
			return hits.every(Boolean);
		},
		path,
		{ polling: 100, timeout: 20_000 }
	);
}
