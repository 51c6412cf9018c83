import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { useBuiltSite } from '../support/site';
import type { StaticServer } from '../../scripts/lib/static-server';
import { TRADE_PASSWORDS, WEAK_BUT_COMPLIANT } from '../fixtures/password/weak-but-compliant';

const PAGE = '/mot-de-passe';
const CRITERIA = ['length-12', 'lowercase', 'uppercase', 'digit', 'special'] as const;
let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

/**
 * Opens the checker in a fresh profile. The service worker is blocked by default so that these
 * journeys test the checker alone; `serviceWorker: true` keeps it (privacy, first visit).
 */
async function openChecker(options: { width?: number; serviceWorker?: boolean } = {}) {
	const { context, offsite } = await newIsolatedContext(browser, server.origin, {
		viewport: { width: options.width ?? 1280, height: 900 },
		serviceWorkers: options.serviceWorker ? 'allow' : 'block'
	});
	const requests: Request[] = [];
	context.on('request', (request) => requests.push(request));
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${server.url}${PAGE}`);
	await page.waitForLoadState('networkidle');
	return { page, context, offsite, requests, errors };
}

/** True once the service worker controls the page (survives a reload while polling). */
async function controlled(page: Page): Promise<boolean> {
	try {
		return await page.evaluate(() => navigator.serviceWorker.controller !== null);
	} catch {
		return false; // the page was navigating
	}
}

const field = (page: Page) => page.getByLabel('Mot de passe', { exact: true });
const met = (page: Page, rule: string) =>
	page.locator(`[data-rule="${rule}"]`).getAttribute('data-met');

async function criteriaState(page: Page): Promise<string> {
	return page.evaluate(
		(ids) =>
			ids
				.map((id) =>
					document.querySelector(`[data-rule="${id}"]`)?.getAttribute('data-met') === 'true'
						? '1'
						: '0'
				)
				.join(''),
		[...CRITERIA]
	);
}

/** Everything the page could have persisted: Web Storage, cookies, IndexedDB, Cache Storage, URL. */
async function persistedText(page: Page, context: BrowserContext): Promise<string> {
	const inPage = await page.evaluate(async () => {
		const parts: string[] = [location.href];
		for (const store of [localStorage, sessionStorage]) {
			for (let i = 0; i < store.length; i++) {
				const key = store.key(i)!;
				parts.push(key, store.getItem(key) ?? '');
			}
		}
		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const db = await new Promise<IDBDatabase>((ok, ko) => {
				const open = indexedDB.open(info.name!);
				open.onsuccess = () => ok(open.result);
				open.onerror = () => ko(open.error);
			});
			for (const name of Array.from(db.objectStoreNames)) {
				const rows = await new Promise<unknown[]>((ok, ko) => {
					const get = db.transaction(name).objectStore(name).getAll();
					get.onsuccess = () => ok(get.result);
					get.onerror = () => ko(get.error);
				});
				parts.push(name, JSON.stringify(rows));
			}
			db.close();
		}
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) parts.push(request.url);
		}
		return parts.join('\n');
	});
	const cookies = await context.cookies();
	return `${inPage}\n${JSON.stringify(cookies)}`;
}

describe('/mot-de-passe: rule verdict on each keystroke', () => {
	it('flips data-met as the learner types, with states in words', async () => {
		const { page, context, errors } = await openChecker();
		expect(await page.title()).toBe('Vérifier un mot de passe — Capsules');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Vérifier un mot de passe'
		);
		const input = field(page);
		expect(await input.getAttribute('type')).toBe('password');
		expect(await input.getAttribute('autocomplete')).toBe('new-password');
		expect(await input.getAttribute('spellcheck')).toBe('false');
		expect(await input.getAttribute('maxlength')).toBeNull();

		// length-12 / lowercase / uppercase / digit / special after each keystroke of "Bonjour!2024"
		const expected = [
			'00100', // B
			'01100', // Bo
			'01100',
			'01100',
			'01100',
			'01100',
			'01100', // Bonjour
			'01101', // Bonjour!
			'01111', // Bonjour!2
			'01111',
			'01111',
			'11111' // Bonjour!2024: 12 characters
		];
		const password = 'Bonjour!2024';
		await input.focus();
		for (let i = 0; i < password.length; i++) {
			await page.keyboard.type(password[i]!);
			await expect.poll(() => criteriaState(page), { timeout: 2000 }).toBe(expected[i]);
			if (i === 10) expect(await met(page, 'cnil-12-4')).toBe('false');
		}
		expect(await met(page, 'cnil-12-4')).toBe('true');
		expect(await met(page, 'cnil-14-3')).toBe('false');
		expect(await met(page, 'cnil-passphrase')).toBe('false');
		expect(await page.locator('[data-rule="cnil-12-4"]').textContent()).toContain('respecté');
		expect(await page.locator('[data-entropy]').textContent()).toContain('≈ 79 bits');

		await page.keyboard.press('Backspace');
		await expect.poll(() => met(page, 'length-12')).toBe('false');
		await expect.poll(() => met(page, 'cnil-12-4')).toBe('false');

		const summary = page.locator('[data-summary]');
		expect(await summary.getAttribute('aria-live')).toBe('polite');
		await expect
			.poll(() => summary.textContent(), { timeout: 5000 })
			.toContain('Il manque\u00a0: 12 caractères');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('a 7-word passphrase: says which example is met, the others are alternatives', async () => {
		const { page, context } = await openChecker();
		await field(page).fill('girafe rideau pomme tonnerre valise cerise hibou');
		await expect.poll(() => met(page, 'cnil-passphrase')).toBe('true');
		expect(await page.locator('[data-compliance]').textContent()).toContain(
			'Règle de la CNIL respectée par l’exemple 3 (phrase de passe d’au moins 7 mots).'
		);
		const failed = page.locator('[data-state="missing"]');
		expect(await failed.count()).toBe(0);
		for (const id of ['uppercase', 'digit', 'cnil-12-4', 'cnil-14-3']) {
			const item = page.locator(`[data-rule="${id}"]`);
			expect(await item.getAttribute('data-state'), id).toBe('alternative');
			expect(await item.textContent(), id).toContain('pas nécessaire ici');
		}
		await expect
			.poll(() => page.locator('[data-summary]').textContent(), { timeout: 5000 })
			.toContain('Règle de la CNIL respectée par l’exemple 3');
		expect(await page.locator('[data-summary]').textContent()).not.toContain('Il manque');
		await context.close();
	});

	it('shows and hides the password and announces its state', async () => {
		const { page, context } = await openChecker();
		const input = field(page);
		await input.fill('Secret-à-voir-2024');
		await page.getByRole('button', { name: 'Afficher le mot de passe' }).click();
		expect(await input.getAttribute('type')).toBe('text');
		await expect
			.poll(() => page.getByRole('status').filter({ hasText: 'affiché en clair' }).count())
			.toBe(1);
		await page.getByRole('button', { name: 'Masquer le mot de passe' }).click();
		expect(await input.getAttribute('type')).toBe('password');
		await expect
			.poll(() => page.getByRole('status').filter({ hasText: 'est masqué' }).count())
			.toBe(1);
		await context.close();
	});
});

describe('/mot-de-passe: guessability', () => {
	it('does not load the worker until the field is used', async () => {
		const { page, context, requests } = await openChecker();
		const workerRequests = () => requests.filter((r) => r.url().includes('/workers/'));
		expect(workerRequests()).toEqual([]);
		expect(await page.locator('[data-engine]').getAttribute('data-engine')).toBe('idle');
		await field(page).focus();
		await expect.poll(() => workerRequests().length, { timeout: 10_000 }).toBe(1);
		await expect
			.poll(() => page.locator('[data-engine]').getAttribute('data-engine'), { timeout: 30_000 })
			.toBe('ready');
		await context.close();
	});

	it('flags Bonjour2024! as compliant but easy to guess', async () => {
		const { page, context } = await openChecker();
		await field(page).pressSequentially('Bonjour2024!');
		const verdict = page.locator('[data-guessability]');
		await expect
			.poll(() => verdict.getAttribute('data-guessability'), { timeout: 30_000 })
			.toBe('weak');
		expect(await verdict.getAttribute('data-weak')).toBe('true');
		expect(await verdict.textContent()).toContain(
			'Respecte la règle de la CNIL, mais se devine en quelques heures\u00a0: il contient un mot courant et une année.'
		);
		await context.close();
	});

	it('flags every weak-but-compliant example of the facts file', async () => {
		const { page, context } = await openChecker();
		const input = field(page);
		const verdict = page.locator('[data-guessability]');
		for (const password of WEAK_BUT_COMPLIANT) {
			await input.fill(password);
			await expect.poll(() => met(page, 'cnil-12-4')).toBe('true');
			await expect
				.poll(() => verdict.getAttribute('data-guessability'), { timeout: 30_000 })
				.toBe('weak');
			expect(await verdict.textContent()).toContain('Respecte la règle de la CNIL, mais');
		}
		await context.close();
	});

	it('knows the trade: none of the issue’s passwords is called safe, each says why', async () => {
		const { page, context } = await openChecker();
		const input = field(page);
		const personal = page.getByLabel(/vos prénom, nom et académie/);
		const verdict = page.locator('[data-guessability]');
		for (const { password, personal: words, why } of TRADE_PASSWORDS) {
			await personal.fill(words.join(', '));
			await input.fill(password);
			await expect
				.poll(() => verdict.getAttribute('data-guessability'), { timeout: 30_000 })
				.toBe('weak');
			expect(await verdict.textContent(), password).toContain(`il contient ${why}.`);
			expect(await verdict.textContent(), password).not.toContain('résiste aux essais courants');
		}
		await personal.fill('');
		for (const safe of ['v7#Qm!2pLz$9wXa_k', 'girafe-rideau-pomme-tonnerre-valise-cerise-hibou']) {
			await input.fill(safe);
			await expect
				.poll(() => verdict.getAttribute('data-guessability'), { timeout: 30_000 })
				.toBe('strong');
			expect(await verdict.textContent()).toContain('résiste aux essais courants');
		}
		await context.close();
	});

	it('keeps the page responsive when 100,000 characters are pasted', async () => {
		const { page, context } = await openChecker();
		const input = field(page);
		await input.focus();
		await page.evaluate(() => {
			const w = window as unknown as { maxGap: number };
			w.maxGap = 0;
			let last = performance.now();
			const tick = () => {
				const now = performance.now();
				w.maxGap = Math.max(w.maxGap, now - last);
				last = now;
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
		const huge = 'Bonjour2024!é👍'.repeat(7143).slice(0, 100_000);
		await page.evaluate((text) => {
			const data = new DataTransfer();
			data.setData('text/plain', text);
			const target = document.getElementById('mot-de-passe') as HTMLInputElement;
			target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
			target.value = text; // what the browser does with an unhandled paste
			target.dispatchEvent(
				new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' })
			);
		}, huge);
		await expect.poll(() => met(page, 'length-12'), { timeout: 5000 }).toBe('true');
		const start = Date.now();
		await page.keyboard.type('x');
		await expect.poll(() => met(page, 'special')).toBe('true');
		const keystroke = Date.now() - start;
		await expect
			.poll(() => page.locator('[data-guessability]').getAttribute('data-guessability'), {
				timeout: 30_000
			})
			.not.toBe('pending');
		await page.waitForTimeout(500);
		const maxGap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
		expect(keystroke).toBeLessThan(1000);
		expect(maxGap).toBeLessThan(1000);
		await context.close();
	});
});

describe('/mot-de-passe: privacy', () => {
	it('keeps typed passwords out of storage, cookies, the URL and the network', async () => {
		const { page, context, requests, offsite } = await openChecker({ serviceWorker: true });
		// Let the service worker install and precache (Cache Storage is checked below too).
		await expect.poll(() => controlled(page), { timeout: 30_000 }).toBe(true);
		await page.waitForLoadState('networkidle');
		await field(page).focus();
		await expect
			.poll(() => page.locator('[data-engine]').getAttribute('data-engine'), { timeout: 30_000 })
			.toBe('ready');
		await page.waitForLoadState('networkidle');

		const before = requests.length;
		const typed = ['Bonjour2024!', 'Zq8#mLp2!vRt', 'Académie2024!', 'mot de passe secret 7'];
		for (const password of typed) {
			await field(page).fill('');
			await field(page).pressSequentially(password, { delay: 10 });
			await expect
				.poll(() => page.locator('[data-guessability]').getAttribute('data-guessability'), {
					timeout: 30_000
				})
				.not.toBe('pending');
		}
		await page.getByLabel(/vos prénom, nom et académie/).fill('Camille Durand, Créteil');
		await page.waitForTimeout(1500);
		expect(requests.slice(before).map((r) => r.url())).toEqual([]);

		for (const request of requests) {
			const sent = `${request.url()}\n${request.postData() ?? ''}`;
			for (const password of typed) expect(sent).not.toContain(encodeURIComponent(password));
		}
		const persisted = await persistedText(page, context);
		for (const secret of [...typed, 'Durand']) expect(persisted).not.toContain(secret);
		expect(new URL(page.url()).search).toBe('');
		expect(new URL(page.url()).hash).toBe('');
		expect(offsite).toEqual([]);
		await context.close();
	});
});

describe('/mot-de-passe: first visit', () => {
	it('keeps what the learner is typing while the offline mode installs', async () => {
		const { context } = await newIsolatedContext(browser, server.origin, {
			serviceWorkers: 'allow'
		});
		const page = await context.newPage();
		let loads = 0;
		page.on('load', () => (loads += 1));
		// Type as soon as the page is there, while the service worker is still installing.
		await page.goto(`${server.url}${PAGE}`, { waitUntil: 'load' });
		expect(await controlled(page)).toBe(false);
		await field(page).pressSequentially('Bonjour2024!');
		await expect.poll(() => controlled(page), { timeout: 30_000 }).toBe(true);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(1000);
		expect(loads).toBe(1); // no reload under the learner's fingers
		expect(await field(page).inputValue()).toBe('Bonjour2024!');
		expect(await met(page, 'cnil-12-4')).toBe('true');
		await context.close();
	});
});

describe('/mot-de-passe: generators', () => {
	it('generates, copies and forgets passwords and passphrases', async () => {
		const { page, context } = await openChecker();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: server.origin
		});
		await page.getByRole('button', { name: 'Générer un mot de passe' }).click();
		const password = await page.locator('[data-generated="password"]').textContent();
		expect(password).toHaveLength(16);
		expect(password).toMatch(/[a-z]/);
		expect(password).toMatch(/[A-Z]/);
		expect(password).toMatch(/[0-9]/);
		expect(password).toMatch(/[^a-zA-Z0-9]/);
		await page.getByRole('button', { name: 'Copier le mot de passe généré' }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copié' }).count()).toBe(1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);

		await page.getByLabel('Majuscule au début de chaque mot').check();
		await page.getByRole('button', { name: 'Générer une phrase de passe' }).click();
		const phrase = page.locator('[data-generated="passphrase"]');
		await expect.poll(() => phrase.count()).toBe(1);
		const words = (await phrase.textContent())!.split('-');
		expect(words).toHaveLength(7);
		for (const word of words) expect(word).toMatch(/^[A-Z][a-z]{3,7}$/);
		expect(await page.getByText(/≈ 84 bits/).count()).toBe(1);

		await page.getByLabel('Longueur (12 à 64)').fill('8');
		await page.getByRole('button', { name: 'Générer un mot de passe' }).click();
		expect(await page.getByRole('alert').textContent()).toContain('entre 12 et 64');

		const persisted = await persistedText(page, context);
		expect(persisted).not.toContain(password!);
		expect(persisted).not.toContain(words.join('-'));
		await context.close();
	});
});

describe('/mot-de-passe: accessibility and reach', () => {
	it('has no axe violation, empty or filled, and reflows at 320 px', async () => {
		const { page, context } = await openChecker({ width: 320 });
		await expectNoAxeViolations(page, 'mot-de-passe (vide)');
		await field(page).pressSequentially('Bonjour2024!');
		await expect
			.poll(() => page.locator('[data-guessability]').getAttribute('data-guessability'), {
				timeout: 30_000
			})
			.toBe('weak');
		await page.getByRole('button', { name: 'Afficher le mot de passe' }).click();
		await page.getByRole('button', { name: 'Générer un mot de passe' }).click();
		await page.getByRole('button', { name: 'Générer une phrase de passe' }).click();
		await expect.poll(() => page.locator('[data-generated="passphrase"]').count()).toBe(1);
		await page.waitForTimeout(1000); // let the polite summary settle
		await expectNoAxeViolations(page, 'mot-de-passe (rempli)');
		const scrolls = await page.evaluate(
			() => document.documentElement.scrollWidth > document.documentElement.clientWidth
		);
		expect(scrolls).toBe(false);
		await context.close();
	});

	it('without JavaScript, says it needs it and shows no field or verdict it cannot update', async () => {
		const { context } = await newIsolatedContext(browser, server.origin, {
			javaScriptEnabled: false,
			viewport: { width: 320, height: 900 }
		});
		const page = await context.newPage();
		await page.goto(`${server.url}${PAGE}`);
		expect(await page.getByText(/activez JavaScript pour l’utiliser/).isVisible()).toBe(true);
		// The rule and the CNIL's three examples stay readable.
		expect(await page.getByText(/au moins 12 caractères, avec des minuscules/).isVisible()).toBe(
			true
		);
		expect(await page.getByText(/^Exemple 2 de la CNIL/).isVisible()).toBe(true);
		// Nothing to type into, press, or read as a verdict: none of it would ever change.
		expect(await page.getByRole('textbox').count()).toBe(0);
		expect(await page.getByRole('button').count()).toBe(0);
		expect(
			await page
				.getByText(/non respecté/)
				.filter({ visible: true })
				.count()
		).toBe(0);
		expect(await page.getByText(/^Entropie selon la formule/).isVisible()).toBe(false);
		await context.close();
	});

	it('is reachable from the catalogue', async () => {
		const { context } = await newIsolatedContext(browser, server.origin, {
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		await page
			.getByRole('link', { name: /mot de passe/i })
			.first()
			.click();
		await page.waitForURL(/mot-de-passe/);
		expect(await page.title()).toBe('Vérifier un mot de passe — Capsules');
		await context.close();
	});
});
