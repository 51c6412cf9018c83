// A Vite plugin, in plain JavaScript like the content guard beside it: once the adapter has
// written the static site, it records what keeping module pages offline costs, for the
// « Garder hors connexion » controls (« Tout le catalogue (N Mo) »).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Writes `_app/offline-total.json` (every module page: count and gzip bytes, a few bytes so that
 * the catalogue can show it on a first visit) and `_app/offline-sizes.json` (gzip bytes per page,
 * for controls that keep a list of pages).
 * @param {{ outDir: string, base: string }} options
 * @returns {import('vite').Plugin}
 */
export function offlineSizes({ outDir, base }) {
	return {
		name: 'capsules-offline-sizes',
		apply: 'build',
		closeBundle: {
			sequential: true,
			order: 'post',
			handler() {
				const modules = join(outDir, 'modules');
				if (!existsSync(join(outDir, '_app')) || !existsSync(modules)) return;
				/** @type {Record<string, number>} */
				const pages = {};
				for (const entry of readdirSync(modules, { withFileTypes: true })) {
					const slug = entry.name.replace(/\.html$/, '');
					const file = entry.isDirectory()
						? join(modules, entry.name, '__data.json')
						: entry.name.endsWith('.html')
							? join(modules, entry.name)
							: undefined;
					if (!file || !existsSync(file)) continue;
					const path = `${base}/modules/${slug}`;
					pages[path] = (pages[path] ?? 0) + gzipSync(readFileSync(file)).length;
				}
				const sizes = Object.values(pages);
				const total = { count: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
				writeFileSync(join(outDir, '_app', 'offline-total.json'), JSON.stringify(total));
				writeFileSync(join(outDir, '_app', 'offline-sizes.json'), JSON.stringify(pages));
			}
		}
	};
}
