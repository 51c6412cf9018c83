// The catalogue of a 1,000-module site (real-sized synthetic modules, built once with
// content-scale): Lighthouse's mobile performance on `/`, and the weight of its HTML.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync, statSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../lib/browser';
import { findBrowser } from '../lib/find-browser.mjs';
import { startStaticServer } from '../lib/static-server';
import { syntheticBuild } from './synthetic-build';
import { percentile, type BenchRow, type BenchSection } from './types';

const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** Lighthouse mobile on the catalogue of 1,000 modules (100 in the quick run), median of 3. */
const catalogueScale: BenchSection = async ({ quick }) => {
	const count = quick ? 100 : 1000;
	const runs = quick ? 1 : 3;
	const chromePath = findBrowser();
	if (!chromePath) throw new Error('Chromium introuvable (définissez CHROME_PATH)');
	const { buildDir } = await syntheticBuild(count);
	const html = join(buildDir, 'index.html');
	const server = await startStaticServer({ dir: buildDir });
	const scores: number[] = [];
	const blocking: number[] = [];
	try {
		for (let run = 0; run < runs; run++) {
			const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
			try {
				const result = await lighthouse(`${server.url}/`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance']
				});
				scores.push(Math.round((result?.lhr.categories.performance?.score ?? 0) * 100));
				blocking.push(result?.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
			} finally {
				await chrome.kill();
			}
		}
	} finally {
		await server.close();
	}
	return [
		{
			figure: `Lighthouse performance (mobile), catalogue / à ${count} modules (médiane de ${runs})`,
			value: percentile(scores, 50),
			unit: '/100',
			budget: { min: 95 }
		},
		{
			figure: `Total blocking time, catalogue / à ${count} modules (médiane de ${runs})`,
			value: percentile(blocking, 50),
			unit: 'ms'
		},
		{
			figure: `catalogue index.html à ${count} modules (brut)`,
			value: statSync(html).size / 1024,
			unit: 'KB'
		},
		{
			figure: `catalogue index.html à ${count} modules (gzip)`,
			value: gzipSync(readFileSync(html), { level: 9 }).length / 1024,
			unit: 'KB'
		}
	] satisfies BenchRow[];
};

export default catalogueScale;
