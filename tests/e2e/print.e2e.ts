// Printing a module page: its transcription on paper, unfolded even where a phone folds it, and
// given back folded; the controls (navigation, video, quiz, « Garder hors connexion ») off paper;
// the credits' licence with its address.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIsolatedContext } from '../../scripts/lib/browser';
import type { StaticServer } from '../../scripts/lib/static-server';
import { useBuiltSite } from '../support/site';

const MODULE = '/modules/messagerie-academique';
let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

async function openModule(width: number): Promise<{ page: Page; errors: string[] }> {
	const { context } = await newIsolatedContext(browser, server.origin, {
		viewport: { width, height: 900 }
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${server.url}${MODULE}`, { waitUntil: 'networkidle' });
	return { page, errors };
}

const transcriptOpen = (page: Page) =>
	page.locator('details.transcript-disclosure').evaluate((d) => (d as HTMLDetailsElement).open);

describe('Printing a module', () => {
	it('prints the transcription unfolded on a phone, then gives the page back folded', async () => {
		const { page, errors } = await openModule(390);
		await expect.poll(() => transcriptOpen(page)).toBe(false);
		// Seen from a listener added after the page's own: the page as the browser lays it out to print.
		await page.evaluate(() => {
			window.addEventListener('beforeprint', () => {
				const details = document.querySelector<HTMLDetailsElement>('details.transcript-disclosure');
				document.documentElement.dataset.printedOpen = String(details?.open);
			});
		});
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(await page.evaluate(() => document.documentElement.dataset.printedOpen)).toBe('true');
		expect(await transcriptOpen(page)).toBe(false);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('leaves the controls off paper, keeps the content, and prints the licence’s address', async () => {
		const { page, errors } = await openModule(1280);
		const controls = {
			navigation: page.getByRole('navigation', { name: 'Navigation principale' }),
			breadcrumb: page.getByRole('navigation', { name: 'Fil d’Ariane' }),
			video: page.locator('iframe'),
			quiz: page.getByRole('region', { name: 'Quiz' }),
			// The page a learner opens is kept for offline use: the control says so.
			keepOffline: page.getByText('Disponible hors connexion sur cet appareil.')
		};
		// The disclosure's control, on a phone: on paper the heading below says it already.
		const summary = page.locator('details.transcript-disclosure > summary');
		const content = {
			title: page.getByRole('heading', { level: 1 }),
			transcript: page.locator('details.transcript-disclosure p').first(),
			transcriptHeading: page.getByRole('heading', { name: 'Transcription', exact: true }),
			credits: page.getByRole('heading', { name: 'Crédits' })
		};
		// Each is on screen first, so that « hidden on paper » below says something.
		await controls.keepOffline.waitFor();
		for (const [name, locator] of Object.entries({ ...controls, ...content })) {
			expect(await locator.isVisible(), `${name} à l’écran`).toBe(true);
		}

		// Paper is narrower than the width where the control hides beside the video.
		await page.setViewportSize({ width: 390, height: 900 });
		expect(await summary.isVisible(), 'résumé de la transcription à l’écran').toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await summary.isVisible(), 'résumé de la transcription sur papier').toBe(false);
		await page.setViewportSize({ width: 1280, height: 900 });
		for (const [name, locator] of Object.entries(controls)) {
			expect(await locator.isVisible(), `${name} sur papier`).toBe(false);
		}
		for (const [name, locator] of Object.entries(content)) {
			expect(await locator.isVisible(), `${name} sur papier`).toBe(true);
		}
		const licence = page.locator('.credits a[href^="https://creativecommons.org"]');
		expect(await licence.evaluate((link) => getComputedStyle(link, '::after').content)).toContain(
			'https://creativecommons.org/licenses/by-nc-nd/4.0/deed.fr'
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
