// What a first visit downloads, at 1 module and at 1,000: the service worker precaches the shell
// and the page being visited, nothing per module, so the figure must barely grow (issue 16).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../lib/browser';
import { findBrowser } from '../lib/find-browser.mjs';
import { startStaticServer } from '../lib/static-server';
import { writeSyntheticSite } from './synthetic';
import type { BenchRow, BenchSection } from './types';

const QUIET_MS = 1500;

function build(contentDir: string, quizzesDir: string, outDir: string): void {
	const run = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
		env: {
			...process.env,
			CAPSULES_CONTENT_DIR: contentDir,
			CAPSULES_QUIZZES_DIR: quizzesDir,
			BUILD_DIR: outDir,
			VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
		},
		encoding: 'utf8'
	});
	if (run.status !== 0) throw new Error(`build: ${run.stderr}`.slice(0, 4000));
}

/**
 * A first visit of the catalogue in a new Chromium profile (HTTP cache on, no request routing),
 * counted at the server: bytes sent (gzip, headers included) and requests, from the first load
 * until the service worker controls the page and nothing was requested for 1.5 s.
 */
async function firstVisit(dir: string): Promise<{ bytes: number; requests: number; ms: number }> {
	const server = await startStaticServer({ dir });
	const profile = mkdtempSync(join(tmpdir(), 'capsules-bench-profil-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: findBrowser(),
		headless: true,
		args: CHROMIUM_ARGS,
		serviceWorkers: 'allow'
	});
	try {
		const page = await context.newPage();
		const started = performance.now();
		await page.goto(`${server.url}/`);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (navigator.serviceWorker.controller) return;
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
		});
		let last = server.traffic();
		let lastChange = performance.now();
		while (performance.now() - lastChange < QUIET_MS) {
			await new Promise((done) => setTimeout(done, 100));
			const now = server.traffic();
			if (now.requests !== last.requests || now.bytes !== last.bytes) {
				last = now;
				lastChange = performance.now();
			}
		}
		return { ...last, ms: lastChange - started };
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
		await server.close();
	}
}

const offline: BenchSection = async ({ quick }) => {
	const large = quick ? 100 : 1000;
	const visits = new Map<number, Awaited<ReturnType<typeof firstVisit>>>();
	for (const count of [1, large]) {
		const root = mkdtempSync(join(tmpdir(), `capsules-bench-offline-${count}-`));
		try {
			const { contentDir, quizzesDir } = writeSyntheticSite(root, count);
			build(contentDir, quizzesDir, join(root, 'build'));
			visits.set(count, await firstVisit(join(root, 'build')));
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}
	const one = visits.get(1)!;
	const many = visits.get(large)!;
	const rows: BenchRow[] = [];
	for (const [count, visit] of visits) {
		rows.push(
			{
				figure: `first visit until offline-ready, ${count} module${count > 1 ? 's' : ''} (gzip, on the wire)`,
				value: visit.bytes / 1024,
				unit: 'KB',
				budget: count === 1 ? { max: 250 } : undefined
			},
			{
				figure: `first visit requests, ${count} module${count > 1 ? 's' : ''}`,
				value: visit.requests,
				unit: ''
			},
			{
				figure: `first visit until network quiet, ${count} module${count > 1 ? 's' : ''}`,
				value: visit.ms,
				unit: 'ms'
			}
		);
	}
	rows.push({
		figure: `first-visit bytes, ${large} modules ÷ 1 module`,
		value: many.bytes / one.bytes,
		unit: '×',
		budget: { max: 1.2 }
	});
	return rows;
};

export default offline;
