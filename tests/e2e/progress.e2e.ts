// /progression in Chromium: import, preview, merge, export to a fresh profile, refusals that
// change nothing, two tabs, storage failures, clearing. Works without the quiz: the store is
// seeded through the import, as a learner would.
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	blockIndexedDB,
	chooseImportFile,
	progressFile,
	rowTexts,
	simulateFullQuota,
	waitForProgress
} from '../fixtures/progress/e2e-helpers';
import { fixtureText } from '../fixtures/progress/fixtures';
import { expectNoAxeViolations } from '../support/axe';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { useBuiltSite } from '../support/site';
import type { StaticServer } from '../../scripts/lib/static-server';

// Every published module is a row of /progression: as many as content/ holds.
const MODULES = readdirSync('content', { recursive: true, encoding: 'utf8' }).filter((file) =>
	file.endsWith('.md')
).length;
const notStartedRows = Array.from({ length: MODULES }, () =>
	expect.stringContaining('Non commencé')
);

let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

/** A fresh profile. The service worker is blocked: these journeys test storage alone. */
async function newProfile(
	options: { width?: number; javaScriptEnabled?: boolean } = {}
): Promise<BrowserContext> {
	const { context } = await newIsolatedContext(browser, server.origin, {
		acceptDownloads: true,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1280, height: 900 },
		serviceWorkers: 'block'
	});
	return context;
}

async function openProgression(
	options: {
		context?: BrowserContext;
		width?: number;
		javaScriptEnabled?: boolean;
	} = {}
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
	const context = options.context ?? (await newProfile(options));
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${server.url}/progression`);
	return { page, context, errors };
}

async function importAndMerge(page: Page, content = progressFile()) {
	await chooseImportFile(page, 'progression.json', content);
	await page.getByRole('heading', { name: 'Aperçu de l’import' }).waitFor();
	await page.getByRole('button', { name: 'Fusionner (garder le meilleur des deux)' }).click();
	await page.getByRole('status').filter({ hasText: 'Progression fusionnée' }).waitFor();
}

/** The fixture file with its passed attempt turned into 0/17, still said passed. */
function passedAtZero(): string {
	const file = JSON.parse(progressFile()) as {
		modules: { attempts: { score: number; answers: { correct: boolean }[] }[] }[];
	};
	const attempt = file.modules[0]!.attempts[1]!;
	attempt.score = 0;
	for (const answer of attempt.answers) answer.correct = false;
	return JSON.stringify(file);
}

describe('/progression', () => {
	it('prerenders a neutral loading state, then shows the empty progress', async () => {
		const noJs = await openProgression({ javaScriptEnabled: false });
		expect(await noJs.page.title()).toBe('Ma progression — Capsules');
		expect(await noJs.page.getByText('Chargement de votre progression…').count()).toBe(1);
		// Without JavaScript the page says what it needs, and promises no loading.
		expect(await noJs.page.getByText('Chargement de votre progression…').isVisible()).toBe(false);
		expect(await noJs.page.getByText(/besoin de JavaScript/).isVisible()).toBe(true);
		expect(await noJs.page.getByRole('button').count()).toBe(0);
		await noJs.context.close();

		const { page, context, errors } = await openProgression();
		await waitForProgress(page);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ma progression');
		await expect
			.poll(() => page.locator('.totals').innerText())
			.toMatch(new RegExp(`^Aucun module terminé sur ${MODULES}\\b`));
		expect(await rowTexts(page)).toEqual(notStartedRows);
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('imports a file after a preview, then shows status, dates, scores and totals', async () => {
		const { page, context, errors } = await openProgression();
		await waitForProgress(page);
		await chooseImportFile(page, 'progression.json', progressFile());
		const preview = page.getByRole('region', { name: 'Aperçu de l’import' });
		await preview.waitFor();
		// Focus goes to the preview, which says what will change before anything does.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('apercu-import');
		expect(await preview.innerText()).toContain('Actuellement\u00a0: aucune progression');
		expect(await preview.innerText()).toContain('Après fusion\u00a0: Terminé, 2 tentatives');
		expect(await rowTexts(page)).toEqual(notStartedRows);
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Fusionner (garder le meilleur des deux)' }).click();
		await page.getByRole('status').filter({ hasText: 'Progression fusionnée' }).waitFor();
		// The button pressed went with the preview: focus is on the result, not on <body>.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
			.toMatch(/^Progression fusionnée/);
		await expect
			.poll(() => page.locator('.totals').innerText())
			.toMatch(new RegExp(`^1 module terminé sur ${MODULES}\\b`));
		const [row] = await rowTexts(page);
		expect(row).toContain('Terminé');
		expect(row).toMatch(/Meilleur score\s+17\/17 \(100\s%\)/);
		expect(row).toMatch(/Dernier score\s+17\/17 \(100\s%\)/);
		expect(row).toMatch(/Commencé le\s+\d{1,2} \p{L}+ \d{4}/u);
		expect(row).toMatch(/Tentatives\s+2/);
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('exports a file that restores the same progress in a fresh browser profile', async () => {
		// Under the site's real Content-Security-Policy: the download must not be blocked.
		const first = await openProgression();
		await waitForProgress(first.page);
		await importAndMerge(first.page);
		const before = await rowTexts(first.page);

		const download = first.page.waitForEvent('download');
		await first.page.getByRole('button', { name: 'Exporter ma progression' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/^capsules-progression-\d{4}-\d{2}-\d{2}\.json$/);
		const exported = readFileSync((await file.path())!, 'utf8');
		expect(JSON.parse(exported)).toMatchObject({ format: 'capsules-progress', version: 2 });
		await first.page
			.getByRole('status')
			.filter({ hasText: 'Fichier « capsules-progression' })
			.waitFor();
		await first.context.close();

		const fresh = await openProgression();
		await waitForProgress(fresh.page);
		expect(await rowTexts(fresh.page)).not.toEqual(before);
		await chooseImportFile(fresh.page, file.suggestedFilename(), exported);
		await fresh.page.getByRole('button', { name: 'Remplacer ma progression' }).click();
		await fresh.page.getByRole('status').filter({ hasText: 'Progression remplacée' }).waitFor();
		expect(await rowTexts(fresh.page)).toEqual(before);
		// Still there after a reload.
		await fresh.page.reload();
		await waitForProgress(fresh.page);
		expect(await rowTexts(fresh.page)).toEqual(before);
		await fresh.context.close();
	});

	it('refuses malformed, foreign and oversized files with an alert, changing nothing', async () => {
		const { page, context, errors } = await openProgression();
		await waitForProgress(page);
		await importAndMerge(page);
		const before = await rowTexts(page);
		const cases: [string, string | Buffer, RegExp][] = [
			['pas-du-json.json', fixtureText('malformed/not-json.json'), /pas au format JSON/],
			['proto.json', fixtureText('malformed/proto-key.json'), /clé interdite \(«\s__proto__\s»\)/],
			['autre-site.json', fixtureText('malformed/unknown-slug.json'), /ne propose pas/],
			[
				'autre-appli.json',
				fixtureText('malformed/foreign-app.json'),
				/pas un export de progression/
			],
			// An attempt the quiz cannot have given: 0/17 said passed.
			['reussi-a-zero.json', passedAtZero(), /est impossible\s: elle est dite réussie avec 0\/17/],
			[
				'imbrique.json',
				`{"format":"capsules-progress","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
				/imbrique ses données sur plus de 64 niveaux/
			],
			['enorme.json', Buffer.alloc(6 * 1024 * 1024, 32), /trop volumineux \(6 Mo\)/]
		];
		for (const [name, content, message] of cases) {
			await chooseImportFile(page, name, content);
			const alert = page.getByRole('alert').filter({ hasText: message });
			await alert.waitFor();
			expect(await alert.innerText()).toContain('Votre progression n’a pas été modifiée.');
			expect(await page.getByRole('heading', { name: 'Aperçu de l’import' }).count()).toBe(0);
			expect(await rowTexts(page)).toEqual(before);
		}
		await page.reload();
		await waitForProgress(page);
		expect(await rowTexts(page)).toEqual(before);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('keeps two tabs consistent', async () => {
		const tabA = await openProgression();
		const tabB = await openProgression({ context: tabA.context });
		await waitForProgress(tabA.page);
		await waitForProgress(tabB.page);
		await importAndMerge(tabA.page);
		await tabB.page.locator('.totals', { hasText: `1 module terminé sur ${MODULES}` }).waitFor();
		expect(await rowTexts(tabB.page)).toEqual(await rowTexts(tabA.page));
		await tabA.context.close();
	});

	it('empties its lists when left for good, not when kept in the back-forward cache', async () => {
		const { page, context, errors } = await openProgression();
		await waitForProgress(page);
		const rows = () => page.locator('[data-progress-row]').count();
		const hide = (persisted: boolean) =>
			page.evaluate(
				(persisted) => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted })),
				persisted
			);
		await hide(true);
		expect(await rows()).toBe(MODULES);
		await hide(false);
		expect(await rows()).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('clears the progress after a confirmation, keyboard only', async () => {
		const { page, context } = await openProgression();
		await waitForProgress(page);
		await importAndMerge(page);
		await page.getByRole('button', { name: 'Effacer ma progression' }).focus();
		await page.keyboard.press('Enter');
		// Focus moves once the confirmation is drawn: wait for it, as a learner's eyes would.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id))
			.toBe('confirmer-effacement');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
			.toBe('Annuler');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('.totals').innerText()).toMatch(/^1 module terminé/);

		await page.getByRole('button', { name: 'Effacer ma progression' }).focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id))
			.toBe('confirmer-effacement');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.getByRole('status').filter({ hasText: 'Votre progression a été effacée' }).waitFor();
		// The list follows the database through liveQuery, a moment after the message.
		await expect.poll(() => page.locator('.totals').innerText()).toMatch(/^Aucun module terminé/);
		await context.close();
	});

	it('reflows at 320 px with the preview open', async () => {
		const { page, context } = await openProgression({ width: 320 });
		await waitForProgress(page);
		await importAndMerge(page);
		await chooseImportFile(page, 'progression.json', progressFile());
		await page.getByRole('heading', { name: 'Aperçu de l’import' }).waitFor();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth
		);
		expect(overflow).toBe(false);
		await context.close();
	});
});

describe('storage failures', () => {
	it('keeps working for the visit when IndexedDB is unavailable, and says so', async () => {
		const context = await newProfile();
		await blockIndexedDB(context);
		const { page, errors } = await openProgression({ context });
		await waitForProgress(page);
		expect(await page.getByText('Ce navigateur n’enregistre rien pour ce site').count()).toBe(1);
		await importAndMerge(page);
		await expect
			.poll(() => page.locator('.totals').innerText())
			.toMatch(new RegExp(`^1 module terminé sur ${MODULES}\\b`));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('explains a full quota and changes nothing', async () => {
		const context = await newProfile();
		await simulateFullQuota(context);
		const { page } = await openProgression({ context });
		await waitForProgress(page);
		await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = true));
		await chooseImportFile(page, 'progression.json', progressFile());
		await page.getByRole('button', { name: 'Fusionner (garder le meilleur des deux)' }).click();
		const alert = page.getByRole('alert').filter({ hasText: 'L’import a échoué' });
		await alert.waitFor();
		expect(await alert.innerText()).toContain('L’espace de stockage de votre navigateur est plein');
		await expect.poll(() => page.locator('.totals').innerText()).toMatch(/^Aucun module terminé/);
		// Space freed: the same import now works.
		await page.evaluate(
			() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = false)
		);
		await importAndMerge(page);
		await expect.poll(() => page.locator('.totals').innerText()).toMatch(/^1 module terminé/);
		await context.close();
	});
});
