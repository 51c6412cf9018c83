// What an author sees in `npm run dev`: every content error in Vite's error overlay (file, line,
// field), cleared by saving the fix; and `?apercu`, every solution and feedback on one screen,
// which a build never contains.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../../scripts/lib/browser';
import { startDevServer, type DevServer } from '../support/dev-server';
import { useBuiltSite, type BuiltSite } from '../support/site';

const SLUG = 'messagerie-academique';

describe('vite dev, for authors', () => {
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
			'Contenu invalide : 1 erreur. Corrigez-la puis enregistrez : la page se rechargera.'
		);
		expect(message).toContain(
			`${SLUG}.md:3: objectifs: champ inconnu : vouliez-vous écrire « objectives » ?`
		);
		expect(await overlay.locator('.file').innerText()).toContain(`${SLUG}.md:3:1`);
		expect(await overlay.locator('.frame').innerText()).toContain('objectifs:');

		const reloaded = page.waitForEvent('load', { timeout: 60_000 });
		// Fixed, with a warning left (a placeholder): a warning blocks nothing and shows no overlay.
		writeFileSync(
			modulePath,
			original.replace('## Crédits', 'Un paragraphe À COMPLÉTER.\n\n## Crédits')
		);
		await reloaded;
		await page.locator('h1').waitFor({ timeout: 60_000 });
		expect(await page.locator('h1').innerText()).toBe('Se connecter à sa messagerie académique');
		expect(await page.locator('vite-error-overlay').count()).toBe(0);
		expect(await page.locator('[data-apercu-auteur]').count()).toBe(0);
		expect(server.output()).toContain('il reste 1 « À COMPLÉTER » à remplacer');
		await page.close();
	}, 240_000);

	it('shows every question with its solution and feedback on /modules/<slug>?apercu', async () => {
		const quizSource = readFileSync(join(quizzesDir, `${SLUG}.yaml`), 'utf8');
		const ids = [...quizSource.matchAll(/^ {2}- id: (\S+)$/gm)].map((match) => match[1]);
		const page = await browser.newPage();
		await page.goto(`${server.url}/modules/${SLUG}?apercu`, { timeout: 120_000 });
		const preview = page.locator('[data-apercu-auteur]');
		await preview.waitFor({ timeout: 60_000 });
		expect(await preview.locator('h2').innerText()).toBe(
			'Aperçu de l’auteur\u00a0: solutions et retours'
		);
		const shown = await preview
			.locator('[data-question]')
			.evaluateAll((items) => items.map((item) => item.getAttribute('data-question')));
		expect(shown).toEqual(ids);
		const text = await preview.innerText();
		// The first single-choice question: its right answer marked, each choice's feedback shown.
		expect(text).toContain('✓ bonne réponse');
		expect(text).toContain('aucune suppression quotidienne n’est évoquée');
		expect(await preview.locator('.explanation').count()).toBe(ids.length);
		expect(await preview.locator('a[href^="#transcription-"]').count()).toBeGreaterThan(0);
		expect(await preview.locator('.note').count()).toBeGreaterThan(0);
		expect(text).toContain('Notes du module');
		await page.close();
	}, 240_000);
});

describe('the built site has no author preview', () => {
	let site: BuiltSite;
	useBuiltSite((ready) => (site = ready));

	it('ships no trace of it in any file of build/', () => {
		const files = readdirSync('build', { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.(html|js|css|json)$/.test(f)
		);
		expect(files.length).toBeGreaterThan(10);
		for (const file of files) {
			const text = readFileSync(join('build', file), 'utf8');
			for (const trace of ['apercu-auteur', 'Aperçu de l’auteur', 'AuthorPreview', '"apercu"']) {
				expect(text.includes(trace), `${trace} dans build/${file}`).toBe(false);
			}
		}
	});

	it('shows the learner page, without solutions, on ?apercu', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.url}/modules/${SLUG}?apercu`);
		await page.locator('h1').waitFor();
		await page.waitForLoadState('networkidle');
		expect(await page.locator('[data-apercu-auteur]').count()).toBe(0);
		expect(await page.locator('text=✓ bonne réponse').count()).toBe(0);
		await page.close();
	});
});
