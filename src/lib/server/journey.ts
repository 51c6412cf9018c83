import { nextModule, parcoursPositions } from '../parcours/position';
import type { SiteConfig } from './site-config';
import type { CatalogueArea, ContentModule } from '../content/types';
import type { ModuleJourney } from '../module/types';
import type { Parcours } from '../parcours/types';

/** What a module page shows around its quiz: next module, parcours, contact, objectives. */
export function moduleJourney(
	module: ContentModule,
	areas: readonly CatalogueArea[],
	parcours: readonly Parcours[],
	config: SiteConfig
): ModuleJourney {
	const area = areas.find((group) => group.area === module.area)?.modules ?? [];
	const next = nextModule(module.slug, parcours, area);
	return {
		slug: module.slug,
		title: module.title,
		area: module.area,
		objectives: module.objectives,
		contact: module.contact ?? config.contact,
		...(next ? { next } : {}),
		parcours: parcoursPositions(module.slug, parcours)
	};
}
