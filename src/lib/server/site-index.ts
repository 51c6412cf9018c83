import { dev } from '$app/environment';
import { ContentValidationError } from './content/content-error';
import { contentDirsFromEnv } from './content/dirs';
import { loadContent } from './content/load-content';
import { readSiteSnapshot, siteDataFromContent, type SiteData } from './site-snapshot';
import type { CatalogueArea, ContentModule, ModuleSummary } from '../content/types';
import type { PageQuiz } from '../quiz/types';

let cached: SiteData | undefined;

// Read once per build (from the content guard's snapshot when it made one, see site-snapshot.ts);
// in dev, re-read so that an author sees each edit on reload.
function siteIndex(): SiteData {
	if (cached && !dev) return cached;
	const dirs = contentDirsFromEnv();
	const snapshot = dev ? undefined : readSiteSnapshot(dirs);
	if (snapshot) return (cached = snapshot);
	const loaded = loadContent(dirs);
	if (loaded.issues.some((issue) => issue.severity === 'error')) {
		throw new ContentValidationError(loaded.issues);
	}
	return (cached = siteDataFromContent(loaded));
}

/** The catalogue: every module, grouped by area. */
export function getCatalogue(): { areas: CatalogueArea[]; modules: ModuleSummary[] } {
	const { areas } = siteIndex();
	return { areas, modules: areas.flatMap((area) => area.modules) };
}

/** One module with its quiz, or undefined for an unknown slug. */
export function getModulePage(
	slug: string
): { module: ContentModule; quiz?: PageQuiz } | undefined {
	return siteIndex().page(slug);
}

/** Every module slug, for prerendering. */
export function getModuleSlugs(): string[] {
	return siteIndex().slugs;
}
