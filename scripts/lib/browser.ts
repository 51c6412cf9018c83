import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

/** Launches the system Chromium headless (see find-browser.mjs beside it). */
export async function openBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
	const executablePath = findBrowser();
	if (!executablePath) {
		throw new Error(
			'Chromium introuvable : lancez `npm test`, qui l’installe, ou définissez CHROME_PATH.'
		);
	}
	const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
	return { browser, close: () => browser.close() };
}

/**
 * A fresh context (its own storage, like a new browser profile) in which every request that
 * leaves the test server is aborted and recorded: the video host is unreachable here anyway,
 * and tests can assert what a page tried to reach.
 */
export async function newIsolatedContext(
	browser: Browser,
	origin: string,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<{ context: BrowserContext; offsite: string[] }> {
	const context = await browser.newContext({ locale: 'fr-FR', ...options });
	const offsite: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
			return route.fallback();
		}
		offsite.push(url);
		return route.abort('internetdisconnected');
	});
	return { context, offsite };
}
