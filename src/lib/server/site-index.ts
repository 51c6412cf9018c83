import { dev } from '$app/environment';
import type { PageQuiz } from '../quiz/types';
import { groupByArea } from './content/catalogue';
import { ContentValidationError } from './content/content-error';
import { contentDirsFromEnv } from './content/dirs';
import { loadContent } from './content/load-content';
import { moduleJourney } from './journey';
import { readSiteConfig, type SiteConfig } from './site-config';
import type { CatalogueArea, ContentModule, ModuleSummary } from '../content/types';
import type { ModuleJourney } from '../module/types';
import type { Parcours } from '../parcours/types';

interface SiteIndex {
	areas: CatalogueArea[];
	parcours: Parcours[];
	config: SiteConfig;
	modules: Map<string, { module: ContentModule; quiz?: PageQuiz; journey: ModuleJourney }>;
}

let cached: SiteIndex | undefined;

// Read once per build; in dev, re-read so that an author sees each edit on reload.
function siteIndex(): SiteIndex {
	if (cached && !dev) return cached;
	const loaded = loadContent(contentDirsFromEnv());
	if (loaded.issues.some((issue) => issue.severity === 'error')) {
		throw new ContentValidationError(loaded.issues);
	}
	const config = readSiteConfig();
	const quizSlugs = new Set(loaded.quizzes.keys());
	const areas = groupByArea(loaded.modules, quizSlugs);
	cached = {
		areas,
		parcours: loaded.parcours,
		config,
		modules: new Map(
			loaded.modules.map((module) => [
				module.slug,
				{
					module,
					quiz: loaded.quizzes.get(module.slug),
					journey: moduleJourney(module, areas, loaded.parcours, config)
				}
			])
		)
	};
	return cached;
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
	return siteIndex().modules.get(slug);
}

/** Every module slug, for prerendering. */
export function getModuleSlugs(): string[] {
	return [...siteIndex().modules.keys()];
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
