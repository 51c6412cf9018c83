import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { openBrowser } from '../../scripts/lib/browser';

// The journeys rely on this harness saying "no violation"; prove it can say otherwise.
describe('the axe harness', () => {
	let browser: Browser;
	let close: () => Promise<void>;
	beforeAll(async () => ({ browser, close } = await openBrowser()));
	afterAll(async () => close?.());

	it('reports violations on an inaccessible page', async () => {
		const page = await browser.newPage();
		await page.setContent('<html><body><img src="data:,"><input type="text"></body></html>');
		const ids = (await axeViolations(page)).map((v) => v.id);
		expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'label']));
		await page.close();
	});
});
