// The site index handed from the content check to SvelteKit's build workers. The Vite content
// guard reads and validates every author file once per build, then writes what pages need here:
// the catalogue in one file, each module page in its own. The workers that list the pages and
// prerender them read this instead of parsing the content again (it was read four times per build,
// most of a 1,000-module build), and load one module page at a time instead of the whole site.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageQuiz } from '../quiz/types';
import { groupByArea } from './content/catalogue';
import type { ContentDirs, LoadedContent } from './content/load-content';
import { moduleJourney } from './journey';
import { readSiteConfig, type SiteConfig } from './site-config';
import type { CatalogueArea, ContentModule } from '../content/types';
import type { ModuleJourney } from '../module/types';
import type { Parcours } from '../parcours/types';

/** The variable that names the snapshot folder, inherited by SvelteKit's worker threads. */
export const SNAPSHOT_ENV = 'CAPSULES_CONTENT_SNAPSHOT';

/** One module page's data. */
export interface ModulePageData {
	module: ContentModule;
	quiz?: PageQuiz;
	journey: ModuleJourney;
}

interface SnapshotIndex {
	contentDir: string;
	quizzesDir: string;
	areas: CatalogueArea[];
	parcours: Parcours[];
	config: SiteConfig;
}

/** The catalogue, the parcours, the site's settings and a way to read each module page. */
export interface SiteData {
	areas: CatalogueArea[];
	parcours: Parcours[];
	config: SiteConfig;
	slugs: string[];
	page(slug: string): ModulePageData | undefined;
}

/** The site's data from content loaded in this process. */
export function siteDataFromContent(
	loaded: LoadedContent,
	config: SiteConfig = readSiteConfig()
): SiteData {
	const areas = groupByArea(loaded.modules, new Set(loaded.quizzes.keys()));
	const pages = new Map(
		loaded.modules.map((module) => [
			module.slug,
			{
				module,
				quiz: loaded.quizzes.get(module.slug),
				journey: moduleJourney(module, areas, loaded.parcours, config)
			}
		])
	);
	return {
		areas,
		parcours: loaded.parcours,
		config,
		slugs: [...pages.keys()],
		page: (slug) => pages.get(slug)
	};
}

/** Writes valid content as a snapshot folder (replacing any previous one). */
export function writeSiteSnapshot(folder: string, dirs: ContentDirs, loaded: LoadedContent): void {
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(join(folder, 'modules'), { recursive: true });
	const data = siteDataFromContent(loaded);
	const index: SnapshotIndex = {
		contentDir: dirs.contentDir,
		quizzesDir: dirs.quizzesDir,
		areas: data.areas,
		parcours: data.parcours,
		config: data.config
	};
	writeFileSync(join(folder, 'index.json'), JSON.stringify(index));
	for (const slug of data.slugs) {
		writeFileSync(join(folder, 'modules', `${slug}.json`), JSON.stringify(data.page(slug)));
	}
}

/**
 * The site's data from the snapshot named by the environment, when there is one and it was made
 * from the same content folders; undefined otherwise (the caller then reads the content itself).
 */
export function readSiteSnapshot(
	dirs: ContentDirs,
	env: NodeJS.ProcessEnv = process.env
): SiteData | undefined {
	const folder = env[SNAPSHOT_ENV];
	if (!folder || !existsSync(join(folder, 'index.json'))) return undefined;
	const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as SnapshotIndex;
	if (index.contentDir !== dirs.contentDir || index.quizzesDir !== dirs.quizzesDir)
		return undefined;
	const slugs = index.areas.flatMap((area) => area.modules.map((module) => module.slug));
	const known = new Set(slugs);
	return {
		areas: index.areas,
		parcours: index.parcours,
		config: index.config,
		slugs,
		// Read on demand and not kept: the prerender holds one module page at a time.
		page: (slug) =>
			known.has(slug)
				? (JSON.parse(
						readFileSync(join(folder, 'modules', `${slug}.json`), 'utf8')
					) as ModulePageData)
				: undefined
	};
}
