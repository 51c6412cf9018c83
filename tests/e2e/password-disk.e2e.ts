// Issue 11: a password typed into Capsules never reaches the disk, shown or not. A real,
// persistent Chromium profile is used (session restore writes form state to Default/Sessions), the
// password is typed, shown with « Afficher », then the learner leaves by the « Catalogue » link or
// closes the browser; every file of the profile is then searched for the password.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/lib/browser';
import { findBrowser } from '../../scripts/lib/find-browser.mjs';
import { reachPasswordQuestion } from '../support/password-question';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

let server: StaticServer;
beforeAll(async () => {
	server = await startStaticServer({ dir: 'build' });
});
afterAll(async () => {
	await server?.close();
});

/** Every file under `dir`, recursively (the profile is small: a few MB). */
async function filesUnder(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await filesUnder(path)));
		else if (entry.isFile()) out.push(path);
	}
	return out;
}

/** Profile files holding `secret` in UTF-8 or UTF-16LE (how Chromium pickles page state). */
async function filesContaining(profile: string, secret: string): Promise<string[]> {
	const needles = [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le')];
	const hits: string[] = [];
	for (const file of await filesUnder(profile)) {
		const bytes = await readFile(file).catch(() => Buffer.alloc(0));
		if (needles.some((needle) => bytes.includes(needle))) hits.push(file.slice(profile.length + 1));
	}
	return hits;
}

/** A persistent profile, as a learner's own browser has: session restore is on. */
async function launchProfile(): Promise<{ profile: string; context: BrowserContext }> {
	const profile = await mkdtemp(join(tmpdir(), 'capsules-profil-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: findBrowser(),
		headless: true,
		args: CHROMIUM_ARGS,
		locale: 'fr-FR'
	});
	return { profile, context };
}

/** A password nobody else types, so that a hit can only come from this test. */
const secretPassword = () => `Zèbre-Ardoise-${Math.random().toString(36).slice(2, 10)}!7`;

/** Types `secret` in the field labelled `label`, shows it, and leaves the browser time to sync. */
async function typeAndShow(page: Page, label: string, secret: string): Promise<void> {
	const field = page.getByLabel(label, { exact: true });
	await field.click();
	await page.keyboard.type(secret, { delay: 5 });
	await page.getByRole('button', { name: 'Afficher le mot de passe' }).first().click();
	expect(await field.getAttribute('type')).toBe('text');
	expect(await field.inputValue()).toBe(secret);
	// Chromium sends the page state to the browser process about a second after a change.
	await page.waitForTimeout(2500);
}

/** On the checker, the optional personal words are typed too: they must not be kept either. */
async function typePersonalWords(page: Page, words: string): Promise<void> {
	await page.getByLabel(/vos prénom, nom et académie/).fill(words);
}

const PLACES = [
	{
		where: '/mot-de-passe',
		path: '/mot-de-passe',
		label: 'Mot de passe',
		open: (page: Page, words: string) => typePersonalWords(page, words)
	},
	{
		where: 'the quiz’s password question',
		path: '/modules/messagerie-academique',
		label: 'Mot de passe d’exercice',
		open: (page: Page) => reachPasswordQuestion(page)
	}
] as const;

describe('a typed password never reaches the disk (persistent Chromium profile)', () => {
	for (const place of PLACES) {
		for (const leave of ['follows the « Catalogue » link', 'closes the browser'] as const) {
			it(`${place.where}: types, shows, ${leave}`, async () => {
				const { profile, context } = await launchProfile();
				const secret = secretPassword();
				const words = `Ondine Vasseur-${Math.random().toString(36).slice(2, 8)}, Amiens`;
				try {
					const page = context.pages()[0] ?? (await context.newPage());
					await page.goto(`${server.url}${place.path}`);
					await place.open(page, words);
					await typeAndShow(page, place.label, secret);
					if (leave === 'follows the « Catalogue » link') {
						await page
							.getByRole('navigation', { name: 'Navigation principale' })
							.getByRole('link', { name: 'Catalogue' })
							.click();
						await page.waitForURL(`${server.url}/`);
						await page.getByRole('heading', { level: 1 }).waitFor();
						await page.waitForTimeout(2500);
					}
					await context.close();
					expect(await filesContaining(profile, secret)).toEqual([]);
					expect(await filesContaining(profile, words.split(',')[0]!)).toEqual([]);
				} finally {
					await context.close().catch(() => {});
					await rm(profile, { recursive: true, force: true });
				}
			});
		}
	}

	it('the search itself finds a value the page did store (control)', async () => {
		const { profile, context } = await launchProfile();
		const secret = secretPassword();
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto(`${server.url}/mot-de-passe`, { waitUntil: 'networkidle' });
			// A plain text field without autocomplete="off" is what session restore keeps.
			await page.evaluate(() => {
				const input = document.createElement('input');
				document.body.append(input);
				input.focus();
			});
			await page.keyboard.type(secret, { delay: 5 });
			await page.waitForTimeout(2500);
			await context.close();
			expect(await filesContaining(profile, secret)).not.toEqual([]);
		} finally {
			await context.close().catch(() => {});
			await rm(profile, { recursive: true, force: true });
		}
	});
});
