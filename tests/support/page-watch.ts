import type { Page } from 'playwright-core';

/** What went wrong on a page while a test used it. */
export interface PageProblems {
	/** Responses of the site itself with status ≥ 400. */
	failures: string[];
	/** console.error messages and uncaught exceptions. */
	consoleErrors: string[];
	/** Content-Security-Policy violations reported by the browser. */
	cspViolations: string[];
}

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/**
 * Records failed requests, console errors and CSP violations (through the
 * `securitypolicyviolation` event, which also catches the ones the console words differently).
 */
export async function watchPage(
	page: Page,
	origin: string
): Promise<{ problems: () => Promise<PageProblems> }> {
	const failures: string[] = [];
	const consoleErrors: string[] = [];
	const cspConsole: string[] = [];
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations?.push(
				`${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`
			);
		});
	});
	page.on('response', (response) => {
		if (response.url().startsWith(origin) && response.status() >= 400)
			failures.push(`${response.status()} ${response.url()}`);
	});
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const text = message.text();
		if (text.includes('Content Security Policy')) cspConsole.push(text);
		// The video host is unreachable in tests: its failures are expected, not the app's.
		else if (!/net::ERR_|tube\.reseau-canope\.fr/.test(text)) consoleErrors.push(text);
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	return {
		problems: async () => {
			const fromEvents = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
			return { failures, consoleErrors, cspViolations: [...cspConsole, ...fromEvents] };
		}
	};
}
