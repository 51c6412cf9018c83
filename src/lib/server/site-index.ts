import { dev } from '$app/environment';
import type { PageQuiz } from '../quiz/types';
import { groupByArea } from './content/catalogue';
import { ContentValidationError } from './content/content-error';
import { contentDirsFromEnv } from './content/dirs';
import { loadContent } from './content/load-content';
import type { CatalogueArea, ContentModule, ModuleSummary } from '../content/types';

interface SiteIndex {
	areas: CatalogueArea[];
	modules: Map<string, { module: ContentModule; quiz?: PageQuiz }>;
}

let cached: SiteIndex | undefined;

// Read once per build; in dev, re-read so that an author sees each edit on reload.
function siteIndex(): SiteIndex {
	if (cached && !dev) return cached;
	const loaded = loadContent(contentDirsFromEnv());
	if (loaded.issues.some((issue) => issue.severity === 'error')) {
		throw new ContentValidationError(loaded.issues);
	}
	const quizSlugs = new Set(loaded.quizzes.keys());
	cached = {
		areas: groupByArea(loaded.modules, quizSlugs),
		modules: new Map(
			loaded.modules.map((module) => [
				module.slug,
				{ module, quiz: loaded.quizzes.get(module.slug) }
			])
		)
	};
	return cached;
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
	return siteIndex().modules.get(slug);
}

/** Every module slug, for prerendering. */
export function getModuleSlugs(): string[] {
	return [...siteIndex().modules.keys()];
}
