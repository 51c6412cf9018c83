import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openBrowser } from '../../scripts/lib/browser';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

/** The built site served on loopback and the browser that visits it, for one test file. */
export interface BuiltSite {
	browser: Browser;
	server: StaticServer;
}

/** Starts the server and Chromium before a file's tests and stops both after them. */
export function useBuiltSite(ready: (site: BuiltSite) => void, dir = 'build'): void {
	let site: BuiltSite | undefined;
	beforeAll(async () => {
		const server = await startStaticServer({ dir });
		const { browser } = await openBrowser();
		site = { browser, server };
		ready(site);
	});
	afterAll(async () => {
		await site?.browser.close();
		await site?.server.close();
	});
}
