import { dev } from '$app/environment';
import { ContentValidationError } from './content/content-error';
import { contentDirsFromEnv } from './content/dirs';
import { loadContent } from './content/load-content';
import { readSiteSnapshot, siteDataFromContent, type SiteData } from './site-snapshot';
import type { SiteConfig } from './site-config';
import type { CatalogueArea, ContentModule, ModuleSummary } from '../content/types';
import type { ModuleJourney } from '../module/types';
import type { Parcours } from '../parcours/types';
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

/** The catalogue: every module, grouped by area, and the parcours. */
export function getCatalogue(): {
	areas: CatalogueArea[];
	modules: ModuleSummary[];
	parcours: Parcours[];
} {
	const { areas, parcours } = siteIndex();
	return { areas, modules: areas.flatMap((area) => area.modules), parcours };
}

/** One module with its quiz and its journey, or undefined for an unknown slug. */
export function getModulePage(
	slug: string
): { module: ContentModule; quiz?: PageQuiz; journey: ModuleJourney } | undefined {
	return siteIndex().page(slug);
}

/** Every module slug, for prerendering. */
export function getModuleSlugs(): string[] {
	return siteIndex().slugs;
}

/** One parcours, or undefined. */
export function getParcours(slug: string): Parcours | undefined {
	return siteIndex().parcours.find((parcours) => parcours.slug === slug);
}

/** Every parcours slug, for prerendering. */
export function getParcoursSlugs(): string[] {
	return siteIndex().parcours.map((parcours) => parcours.slug);
}

/** The site's settings (capsules.config.json). */
export function getSiteConfig(): SiteConfig {
	return siteIndex().config;
}
