import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newIsolatedContext, openBrowser } from '../lib/browser';
import { startStaticServer } from '../lib/static-server';
import type { BenchRow, BenchSection } from './types';

export const PAGES = [
	{ name: 'catalogue /', path: '/' },
	{ name: 'module page', path: '/modules/messagerie-academique' },
	{ name: '/mot-de-passe', path: '/mot-de-passe' }
];

interface Weight {
	jsRaw: number;
	jsGzip: number;
	cssRaw: number;
	cssGzip: number;
}

const kb = (bytes: number) => bytes / 1024;

/** JS and CSS a page loads before any interaction, measured in Chromium from the built site. */
export async function measurePage(buildDir: string, path: string): Promise<Weight> {
	const server = await startStaticServer({ dir: buildDir });
	const { browser, close } = await openBrowser();
	try {
		const { context } = await newIsolatedContext(browser, server.origin, {
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		const bodies: Promise<{ type: 'js' | 'css'; body: Buffer }>[] = [];
		page.on('response', (response) => {
			const url = response.url();
			if (!url.startsWith(server.origin)) return;
			const type = /\.m?js(\?|$)/.test(url) ? 'js' : /\.css(\?|$)/.test(url) ? 'css' : undefined;
			if (type) bodies.push(response.body().then((body) => ({ type, body })));
		});
		await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
		const weight: Weight = { jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0 };
		for (const { type, body } of await Promise.all(bodies)) {
			const gzip = gzipSync(body, { level: 9 }).length;
			if (type === 'js') {
				weight.jsRaw += body.length;
				weight.jsGzip += gzip;
			} else {
				weight.cssRaw += body.length;
				weight.cssGzip += gzip;
			}
		}
		await context.close();
		return weight;
	} finally {
		await close();
		await server.close();
	}
}

/** The H5P standalone player's own bundles, from the npm tarball (no content-type library). */
function h5pWeight(): Weight {
	const dir = mkdtempSync(join(tmpdir(), 'capsules-h5p-'));
	try {
		// `npm pack` only downloads the published tarball: none of the package's scripts run.
		const tarball = execFileSync(
			'npm',
			['pack', 'h5p-standalone@3.8.2', '--silent', '--pack-destination', dir],
			{ encoding: 'utf8' }
		)
			.trim()
			.split('\n')
			.pop()!;
		execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir]);
		const dist = join(dir, 'package', 'dist');
		const weight: Weight = { jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0 };
		const walk = (folder: string) => {
			for (const entry of readdirSync(folder, { withFileTypes: true })) {
				const path = join(folder, entry.name);
				if (entry.isDirectory()) walk(path);
				else if (/\.(js|css)$/.test(entry.name)) {
					const body = readFileSync(path);
					const gzip = gzipSync(body, { level: 9 }).length;
					if (entry.name.endsWith('.js')) {
						weight.jsRaw += body.length;
						weight.jsGzip += gzip;
					} else {
						weight.cssRaw += body.length;
						weight.cssGzip += gzip;
					}
				}
			}
		};
		walk(dist);
		return weight;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function rowsFor(name: string, weight: Weight, jsBudget?: number): BenchRow[] {
	return [
		{
			figure: `${name}: JS gzip`,
			value: kb(weight.jsGzip),
			unit: 'KB',
			budget: jsBudget ? { max: jsBudget } : undefined
		},
		{ figure: `${name}: JS raw`, value: kb(weight.jsRaw), unit: 'KB' },
		{ figure: `${name}: CSS gzip`, value: kb(weight.cssGzip), unit: 'KB' },
		{ figure: `${name}: CSS raw`, value: kb(weight.cssRaw), unit: 'KB' }
	];
}

/** Page weight before interaction, side by side with the H5P standalone player. */
const pageWeight: BenchSection = async ({ buildDir }) => {
	const rows: BenchRow[] = [];
	for (const page of PAGES) {
		rows.push(
			...rowsFor(
				page.name,
				await measurePage(buildDir, page.path),
				page.path.startsWith('/modules/') ? 80 : undefined
			)
		);
	}
	try {
		rows.push(...rowsFor('H5P standalone 3.8.2 player (reference)', h5pWeight()));
	} catch (error) {
		console.warn(
			`H5P standalone indisponible (registre npm injoignable ?) : ${(error as Error).message.split('\n')[0]}`
		);
	}
	return rows;
};

export default pageWeight;
