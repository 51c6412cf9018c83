// Progress storage in Chromium, on the built site: time to persist one answer, time to render
// /progression with 1,000 modules' progress, and what storage adds to a module page's JavaScript
// (it must load after the first paint, never before).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { newIsolatedContext, openBrowser } from '../lib/browser';
import { startStaticServer, type StaticServer } from '../lib/static-server';
import { quantity } from '../../src/lib/french';
import { percentile, type BenchRow, type BenchSection } from './types';

const MODULE_PATH = '/modules/messagerie-academique';
const kb = (bytes: number) => bytes / 1024;

/** The built chunk of `src/lib/progress/store.ts` (it keeps its export name), relative to the site. */
function findStoreChunk(buildDir: string): string {
	const dir = join(buildDir, '_app', 'immutable');
	const walk = (folder: string): string[] =>
		readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]
		);
	const chunk = walk(dir).find(
		(file) =>
			file.endsWith('.js') && /\bas createProgressStore[,}]/.test(readFileSync(file, 'utf8'))
	);
	if (!chunk) throw new Error('chunk du store de progression introuvable dans le build');
	return `/${relative(buildDir, chunk).split('\\').join('/')}`;
}

async function newPage(browser: Browser, server: StaticServer): Promise<Page> {
	const { context } = await newIsolatedContext(browser, server.origin, {
		serviceWorkers: 'block',
		// The bench imports the built store chunk from page.evaluate.
		bypassCSP: true
	});
	return context.newPage();
}

/**
 * A returning learner's browser, the only one that can hold 1,000 modules of progress: its HTTP
 * cache on and the site's service worker controlling the page. No request routing here, since
 * Playwright's routing turns the HTTP cache off and sends every request through this process
 * (~100 ms more per load of /progression); requests leaving the site are recorded instead.
 * `cold` is the other case: the browser cache emptied before each load and no service worker,
 * as right after a deployment for a browser whose worker has not updated yet.
 */
async function learnerPage(
	browser: Browser,
	server: StaticServer,
	cold: boolean
): Promise<{ page: Page; beforeLoad: () => Promise<void>; offsite: string[] }> {
	const context = await browser.newContext({
		locale: 'fr-FR',
		serviceWorkers: cold ? 'block' : 'allow',
		// The bench imports the built store chunk from page.evaluate.
		bypassCSP: true
	});
	const offsite: string[] = [];
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(server.origin) && !/^(data|blob):/.test(url)) offsite.push(url);
	});
	const page = await context.newPage();
	await page.goto(`${server.url}/progression`);
	if (cold) {
		const cdp = await context.newCDPSession(page);
		return {
			page,
			beforeLoad: async () => void (await cdp.send('Network.clearBrowserCache')),
			offsite
		};
	}
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.reload();
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
		throw new Error('le service worker ne contrôle pas /progression après son installation');
	}
	return { page, beforeLoad: async () => {}, offsite };
}

/** A persisted quiz snapshot shaped like the quiz machine's (17 questions, `index` answered). */
function quizSnapshot(index: number) {
	return {
		status: 'active',
		value: { answering: 'idle' },
		historyValue: {},
		context: {
			quizHash: '5f3a9c0e1b2d4f6a',
			total: 17,
			seed: 123456789,
			index,
			records: Array.from({ length: 17 }, (_, i) =>
				i < index
					? { first: 'b', firstCorrect: true, last: 'b', lastCorrect: true, tries: 1 }
					: null
			)
		},
		children: {}
	};
}

/** Saves one snapshot per answer, awaited one by one, in the real store in Chromium (ms each). */
async function persistSamples(page: Page, storeUrl: string, count: number): Promise<number[]> {
	const snapshots = Array.from({ length: 17 }, (_, i) => quizSnapshot(i));
	return page.evaluate(
		async ({ storeUrl, count, snapshots }) => {
			const { createProgressStore } = (await import(storeUrl)) as {
				createProgressStore: (options: object) => Promise<{
					available: boolean;
					saveQuizSnapshot: (slug: string, hash: string, snapshot: unknown) => Promise<unknown>;
				}>;
			};
			const store = await createProgressStore({ databaseName: 'capsules-bench' });
			if (!store.available) throw new Error('IndexedDB indisponible dans Chromium');
			const samples: number[] = [];
			for (let i = 0; i < count + 20; i += 1) {
				const start = performance.now();
				await store.saveQuizSnapshot(
					'messagerie-academique',
					'5f3a9c0e1b2d4f6a',
					snapshots[i % 17]
				);
				if (i >= 20) samples.push(performance.now() - start);
			}
			return samples;
		},
		{ storeUrl, count, snapshots }
	);
}

const DAY = 24 * 60 * 60 * 1000;

/** An export file with `modules` modules, two attempts each. */
function generatedFile(modules: number): { text: string; slugs: string[] } {
	const now = Date.now();
	const iso = (time: number) => new Date(time).toISOString();
	const slugs = Array.from({ length: modules }, (_, i) => `module-${String(i).padStart(4, '0')}`);
	const file = {
		format: 'capsules-progress',
		version: 1,
		exportedAt: iso(now - 60_000),
		modules: slugs.map((slug, i) => {
			const start = now - (10 + (i % 200)) * DAY;
			return {
				slug,
				startedAt: iso(start),
				updatedAt: iso(start + DAY + 600_000),
				videoWatchedAt: i % 3 === 0 ? null : iso(start),
				attempts: [0, 1].map((a) => ({
					id: `t-${i.toString(16).padStart(16, '0')}${a.toString(16).padStart(16, '0')}`,
					startedAt: iso(start + a * DAY),
					endedAt: iso(start + a * DAY + 600_000),
					score: a === 0 ? 3 : 4 + (i % 2),
					total: 5,
					passed: a === 1 && i % 2 === 1,
					quizHash: '5f3a9c0e1b2d4f6a',
					// One answer per question, the score's count of them right (an import checks it).
					answers: ['q1', 'q2', 'q3', 'q4', 'q5'].map((questionId, q) => ({
						questionId,
						answer: q === 4 ? null : q === 1 ? ['a', 'c'] : 'b',
						correct: q < (a === 0 ? 3 : 4 + (i % 2))
					}))
				}))
			};
		})
	};
	return { text: JSON.stringify(file), slugs };
}

/** Fills the site's progress database through the real store (merge of a generated file). */
async function seedProgress(page: Page, storeUrl: string, modules: number): Promise<void> {
	const { text, slugs } = generatedFile(modules);
	await page.evaluate(
		async ({ storeUrl, text, slugs }) => {
			const { createProgressStore } = (await import(storeUrl)) as {
				createProgressStore: () => Promise<{
					previewImport: (
						text: string,
						slugs: string[]
					) => Promise<{ ok: boolean; message?: string; preview?: unknown }>;
					applyImport: (
						preview: unknown,
						mode: string
					) => Promise<{ ok: boolean; message: string }>;
					close: () => void;
				}>;
			};
			const store = await createProgressStore();
			const preview = await store.previewImport(text, slugs);
			if (!preview.ok) throw new Error(preview.message);
			const applied = await store.applyImport(preview.preview, 'replace');
			if (!applied.ok) throw new Error(applied.message);
			store.close();
		},
		{ storeUrl, text, slugs }
	);
}

/** Time from navigation start until `/progression` shows `rows` module rows, painted (ms). */
async function renderTime(
	learner: { page: Page; beforeLoad: () => Promise<void> },
	url: string,
	rows: number
): Promise<number> {
	const { page, beforeLoad } = learner;
	await beforeLoad();
	await page.goto(url, { waitUntil: 'commit' });
	const handle = await page.waitForFunction(
		(expected) =>
			document.querySelectorAll('[data-progress-row]').length >= expected &&
			document.querySelector('.totals') !== null
				? performance.now()
				: false,
		rows,
		{ polling: 'raf', timeout: 60_000 }
	);
	await handle.dispose();
	// Two frames later the rows are laid out and painted.
	return page.evaluate(
		() =>
			new Promise<number>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))
			)
	);
}

interface ModuleLoad {
	/** JS loaded with the page, before any interaction: URL → gzip size. */
	js: Map<string, number>;
	/** JS loaded once the learner scrolls to the quiz and presses « Commencer » (not when blocked). */
	quizJs: Map<string, number>;
	firstContentfulPaint: number;
}

/** Resolves once no request of the page has been in flight for `quietMs`. */
async function networkQuiet(page: Page, quietMs = 500): Promise<void> {
	let inFlight = 0;
	let last = Date.now();
	const started = () => {
		inFlight += 1;
	};
	const ended = () => {
		inFlight -= 1;
		last = Date.now();
	};
	page.on('request', started);
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	try {
		while (inFlight > 0 || Date.now() - last < quietMs) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	} finally {
		page.off('request', started);
		page.off('requestfinished', ended);
		page.off('requestfailed', ended);
	}
}

/**
 * Loads the module page, then does what a learner does to take the quiz: scroll to it (its code
 * loads on approach) and press « Commencer ». `blockStorage` aborts the store chunk and stops
 * after the first load (what the page needs without storage).
 */
async function loadModulePage(
	browser: Browser,
	server: StaticServer,
	storeUrl: string,
	blockStorage: boolean
): Promise<ModuleLoad> {
	const page = await newPage(browser, server);
	if (blockStorage) await page.route(`**${storeUrl}`, (route) => route.abort('blockedbyclient'));
	let phase: 'page' | 'quiz' = 'page';
	const bodies: Promise<[string, number, 'page' | 'quiz']>[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		const loadedIn = phase;
		if (url.origin === server.origin && /\.m?js$/.test(url.pathname)) {
			bodies.push(
				response
					.body()
					.then((body): [string, number, 'page' | 'quiz'] => [
						url.pathname,
						gzipSync(body, { level: 9 }).length,
						loadedIn
					])
			);
		}
	});
	await page.goto(`${server.url}${MODULE_PATH}`, { waitUntil: 'networkidle' });
	const firstContentfulPaint = await page.evaluate(
		() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
	);
	if (!blockStorage) {
		phase = 'quiz';
		const quiz = page.getByRole('region', { name: 'Quiz' });
		await quiz.scrollIntoViewIfNeeded();
		// The live part (its checkbox first) replaces the placeholder once its code has arrived.
		await page.getByRole('checkbox', { name: /regardé la vidéo/ }).waitFor();
		await quiz.getByRole('button', { name: 'Commencer' }).click();
		await quiz.getByText(/^Question 1 sur \d+$/).waitFor();
		await networkQuiet(page);
	}
	const loaded = await Promise.all(bodies);
	const pick = (wanted: 'page' | 'quiz') =>
		new Map(loaded.filter(([, , when]) => when === wanted).map(([url, size]) => [url, size]));
	await page.context().close();
	return { js: pick('page'), quizJs: pick('quiz'), firstContentfulPaint };
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/** Progress storage figures (see the comment at the top). */
const progressBench: BenchSection = async ({ quick, buildDir }) => {
	const storeUrl = findStoreChunk(buildDir);
	const server = await startStaticServer({ dir: buildDir });
	const { browser, close } = await openBrowser();
	const rows: BenchRow[] = [];
	try {
		// 1. Persisting one answer.
		const page = await newPage(browser, server);
		await page.goto(`${server.url}/progression`);
		const persist = await persistSamples(page, storeUrl, quick ? 50 : 300);
		rows.push(
			{
				figure: 'Progression : enregistrer une réponse (saveQuizSnapshot, Chromium), médiane',
				value: percentile(persist, 50),
				unit: 'ms',
				budget: { max: 16 }
			},
			{
				figure: 'Progression : enregistrer une réponse (saveQuizSnapshot, Chromium), p95',
				value: percentile(persist, 95),
				unit: 'ms',
				budget: { max: 50 }
			}
		);

		await page.context().close();

		// 2. /progression with 1,000 modules' progress (3 in the catalogue, 1,000 more stored), as a
		// returning learner loads it, then with the page's code fetched again.
		const runs = quick ? 2 : 5;
		const url = `${server.url}/progression`;
		const returning = await learnerPage(browser, server, false);
		const empty: number[] = [];
		for (let i = 0; i < runs; i += 1) empty.push(await renderTime(returning, url, 1));
		await seedProgress(returning.page, storeUrl, 1000);
		// The page renders its first screen first (20 rows fill it), then the rest after each paint.
		const full: number[] = [];
		const allRows: number[] = [];
		for (let i = 0; i < runs; i += 1) {
			full.push(await renderTime(returning, url, 20));
			allRows.push(await renderTime(returning, url, 1001));
		}
		const cold = await learnerPage(browser, server, true);
		await seedProgress(cold.page, storeUrl, 1000);
		const coldFull: number[] = [];
		for (let i = 0; i < runs; i += 1) {
			coldFull.push(await renderTime(cold, url, 20));
			// Leaves from the same full page as the returning learner's first screen does.
			await renderTime({ page: cold.page, beforeLoad: async () => {} }, url, 1001);
		}
		const offsite = [...returning.offsite, ...cold.offsite];
		if (offsite.length > 0) throw new Error(`/progression a contacté ${offsite.join(', ')}`);
		await returning.page.context().close();
		await cold.page.context().close();
		// The page waits for the store before showing anything of its own: its HTML must have the
		// browser fetch the store's chunk with the page's files, not once the page has hydrated.
		const progressionHtml = await (await fetch(`${server.url}/progression`)).text();
		const preloads = [...progressionHtml.matchAll(/<link\b[^>]*>/g)]
			.map(([tag]) => tag)
			.filter((tag) => /\brel="modulepreload"/.test(tag));
		const storeFile = storeUrl.split('/').pop()!;
		rows.push(
			{
				figure: '/progression : code du store préchargé par le HTML (modulepreload)',
				value: preloads.some((tag) => tag.includes(`/${storeFile}"`)) ? 1 : 0,
				unit: 'oui',
				budget: { min: 1 }
			},
			{
				figure:
					'/progression affichée, aucune progression (navigation → lignes, visite de retour), médiane',
				value: percentile(empty, 50),
				unit: 'ms'
			},
			{
				figure:
					'/progression avec 1 000 modules de progression : premier écran affiché (visite de retour : cache et service worker), médiane',
				value: percentile(full, 50),
				unit: 'ms',
				budget: { max: 300 }
			},
			{
				figure:
					'/progression avec 1 000 modules de progression : les 1 001 lignes (visite de retour), médiane',
				value: percentile(allRows, 50),
				unit: 'ms'
			},
			{
				figure:
					'/progression avec 1 000 modules de progression : premier écran, code rechargé (cache vidé, sans service worker), médiane',
				value: percentile(coldFull, 50),
				unit: 'ms'
			}
		);

		// 3. What storage adds to a module page, and whether it delays the first paint.
		const loads = quick ? 2 : 6;
		const without: ModuleLoad[] = [];
		const withStorage: ModuleLoad[] = [];
		for (let i = 0; i < loads; i += 1) {
			without.push(await loadModulePage(browser, server, storeUrl, true));
			withStorage.push(await loadModulePage(browser, server, storeUrl, false));
		}
		const before = without[0]!.js;
		const deferred = [...withStorage[0]!.quizJs.entries()].filter(([url]) => !before.has(url));
		// A figure of 0 would mean the section no longer measures anything: fail loudly instead.
		if (!deferred.some(([url]) => url === storeUrl)) {
			throw new Error(`le store (${storeUrl}) ne s’est pas chargé à l’approche du quiz`);
		}
		const html = await (await fetch(`${server.url}${MODULE_PATH}`)).text();
		rows.push(
			{
				figure: 'Page module : JS avant interaction, sans le stockage (gzip)',
				value: kb(sum(before.values())),
				unit: 'KB',
				budget: { max: 80 }
			},
			{
				figure: `Page module : JS du stockage et du quiz, chargé à l’approche du quiz puis « Commencer » (gzip, ${quantity(deferred.length, 'fichier')})`,
				value: kb(sum(deferred.map(([, size]) => size))),
				unit: 'KB'
			},
			{
				figure: 'Page module : JS total une fois le stockage chargé (gzip)',
				value: kb(sum(withStorage[0]!.js.values()) + sum(withStorage[0]!.quizJs.values())),
				unit: 'KB'
			},
			{
				figure: 'Page module : fichiers du stockage préchargés par le HTML (modulepreload)',
				value: deferred.filter(([url]) => html.includes(url.split('/').pop()!)).length,
				unit: 'fichiers',
				budget: { max: 0 }
			},
			{
				figure: 'Page module : premier affichage (FCP) avec stockage, médiane',
				value: percentile(
					withStorage.map((load) => load.firstContentfulPaint),
					50
				),
				unit: 'ms'
			},
			{
				figure: 'Page module : premier affichage (FCP) stockage bloqué, médiane',
				value: percentile(
					without.map((load) => load.firstContentfulPaint),
					50
				),
				unit: 'ms'
			}
		);
	} finally {
		await close();
		await server.close();
	}
	return rows;
};

export default progressBench;
