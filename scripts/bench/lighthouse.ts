import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../lib/browser';
import { findBrowser } from '../lib/find-browser.mjs';
import { startStaticServer } from '../lib/static-server';
import { PAGES } from './page-weight';
import { percentile, type BenchRow, type BenchSection } from './types';

// The same quiet flags as the test browser, in Chrome's own headless mode for Lighthouse.
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** Lighthouse 12.2.3 (mobile profile, its default) on the three pages: median of N runs. */
const lighthouseScores: BenchSection = async ({ quick, buildDir }) => {
	const runs = quick ? 1 : 3;
	const chromePath = findBrowser();
	if (!chromePath)
		throw new Error('Chromium introuvable (lancez npm test une fois, ou définissez CHROME_PATH)');
	const server = await startStaticServer({ dir: buildDir });
	const rows: BenchRow[] = [];
	try {
		for (const page of PAGES) {
			const performance: number[] = [];
			const accessibility: number[] = [];
			for (let run = 0; run < runs; run++) {
				const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
				try {
					const result = await lighthouse(`${server.url}${page.path}`, {
						port: chrome.port,
						output: 'json',
						logLevel: 'error',
						onlyCategories: ['performance', 'accessibility']
					});
					const categories = result?.lhr.categories;
					performance.push(Math.round((categories?.performance?.score ?? 0) * 100));
					accessibility.push(Math.round((categories?.accessibility?.score ?? 0) * 100));
				} finally {
					await chrome.kill();
				}
			}
			rows.push(
				{
					figure: `Lighthouse performance, ${page.name} (median of ${runs})`,
					value: percentile(performance, 50),
					unit: '/100',
					budget: { min: 95 }
				},
				{
					figure: `Lighthouse accessibility, ${page.name} (median of ${runs})`,
					value: percentile(accessibility, 50),
					unit: '/100',
					budget: { min: 100 }
				}
			);
		}
	} finally {
		await server.close();
	}
	return rows;
};

export default lighthouseScores;
