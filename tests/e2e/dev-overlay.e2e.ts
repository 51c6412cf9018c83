// An author's mistake shows in the browser, where they look: `vite dev` puts every content error
// in Vite's error overlay (file, line, field), and saving the fix clears it and reloads the page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../../scripts/lib/browser';
import { startDevServer, type DevServer } from '../support/dev-server';

const SLUG = 'messagerie-academique';

describe('vite dev shows content errors in its overlay', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'capsules-dev-'));
	const contentDir = join(scratch, 'content');
	const quizzesDir = join(scratch, 'quizzes');
	const modulePath = join(contentDir, `${SLUG}.md`);
	let server: DevServer;
	let browser: Browser;
	let original: string;

	beforeAll(async () => {
		cpSync('content', contentDir, { recursive: true });
		cpSync('quizzes', quizzesDir, { recursive: true });
		original = readFileSync(modulePath, 'utf8');
		// An unknown field (French spelling of `objectives`) and a number where a text is expected.
		writeFileSync(
			modulePath,
			original.replace(/^area: .*$/m, '$&\nobjectifs:\n  - Lire ses mails')
		);
		server = await startDevServer({
			CAPSULES_CONTENT_DIR: contentDir,
			CAPSULES_QUIZZES_DIR: quizzesDir
		});
		({ browser } = await openBrowser());
	}, 150_000);

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		rmSync(scratch, { recursive: true, force: true });
	});

	it('names the file, line and field, then clears and reloads once the file is fixed', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}/modules/${SLUG}`, { timeout: 120_000 });
		const overlay = page.locator('vite-error-overlay');
		await overlay.waitFor({ timeout: 60_000 });
		const message = await overlay.locator('.message-body').innerText();
		expect(message).toContain(
			`${SLUG}.md:3: objectifs: champ inconnu : vouliez-vous écrire « objectives » ?`
		);
		expect(await overlay.locator('.file').innerText()).toContain(`${SLUG}.md:3:1`);
		expect(await overlay.locator('.frame').innerText()).toContain('objectifs:');

		const reloaded = page.waitForEvent('load', { timeout: 60_000 });
		writeFileSync(modulePath, original);
		await reloaded;
		await page.locator('h1').waitFor({ timeout: 60_000 });
		expect(await page.locator('h1').innerText()).toBe('Se connecter à sa messagerie académique');
		expect(await page.locator('vite-error-overlay').count()).toBe(0);
	}, 240_000);
});
