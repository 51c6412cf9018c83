// The catalogue's search at 1,000 modules (the shared synthetic build): the size of Pagefind's
// index on disk, the bytes a first search downloads, and whether a word that only one module's
// transcription holds finds that module, saying where.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newIsolatedContext, openBrowser } from '../lib/browser';
import { startStaticServer } from '../lib/static-server';
import { syntheticBuild } from './synthetic-build';
import { transcriptOnlyWord } from './synthetic';
import type { BenchRow, BenchSection } from './types';

function folderBytes(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((entry) => statSync(join(dir, entry)))
		.filter((stat) => stat.isFile())
		.reduce((sum, stat) => sum + stat.size, 0);
}

/** Pagefind's index size and first-search bytes on the synthetic catalogue. */
const searchWeight: BenchSection = async ({ quick }) => {
	const count = quick ? 100 : 1000;
	const target = Math.ceil(count / 2);
	const { buildDir } = await syntheticBuild(count);
	const server = await startStaticServer({ dir: buildDir });
	const { browser, close } = await openBrowser();
	try {
		const { context } = await newIsolatedContext(browser, server.origin, {
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
		const sizes: Promise<number>[] = [];
		page.on('response', (response) => {
			if (!response.url().includes('/pagefind/')) return;
			// Pagefind's index files are compressed already; its script travels gzipped.
			sizes.push(
				response
					.body()
					.then((body) =>
						response.url().endsWith('.js') ? gzipSync(body, { level: 9 }).length : body.length
					)
			);
		});
		await page
			.getByRole('searchbox', { name: 'Rechercher un module' })
			.fill(transcriptOnlyWord(target));
		await page.getByRole('button', { name: 'Rechercher' }).click();
		const hit = page.locator('.hits li').first();
		await hit.waitFor();
		const found = (await hit.getByRole('link').getAttribute('href'))?.endsWith(`/module-${target}`);
		const where = (await hit.locator('.where').textContent()) ?? '';
		const hits = await page.locator('.hits li').count();
		await page.waitForLoadState('networkidle');
		const firstSearch = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
		await context.close();
		return [
			{
				figure: `Recherche, index Pagefind à ${count} modules (disque)`,
				value: folderBytes(join(buildDir, 'pagefind')) / 1024,
				unit: 'KB'
			},
			{
				figure: `Recherche, octets de la première recherche à ${count} modules (moteur, index, extraits)`,
				value: firstSearch / 1024,
				unit: 'KB'
			},
			{
				figure: `Recherche d’un mot que seule la transcription du module ${target} contient : résultats`,
				value: hits,
				unit: 'résultat(s)',
				budget: { max: 1, min: 1 }
			},
			{
				figure: 'Ce résultat est le bon module et dit « Trouvé dans la transcription »',
				value: found && where.includes('Trouvé dans la transcription') ? 1 : 0,
				unit: 'oui',
				budget: { min: 1 }
			}
		] satisfies BenchRow[];
	} finally {
		await close();
		await server.close();
	}
};

export default searchWeight;
