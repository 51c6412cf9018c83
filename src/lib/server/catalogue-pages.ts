// The catalogue's pages at any size: the home page shows every area with its first few modules
// (areas first, a short page whatever the catalogue holds), each area has its own page with all its
// modules, and one compact list of every module feeds the filters in the browser.
import { getCatalogue } from './site-index';
import type { CatalogueArea, ListedModule } from '../content/types';
import type { Parcours } from '../parcours/types';

/** How many modules of each area the home page shows before « Tous les modules du domaine ». */
export const MODULES_PER_AREA_PREVIEW = 6;

/** One area on the home page: its first modules and how many it holds in all. */
export interface AreaPreview extends CatalogueArea {
	count: number;
}

/** The home page: the parcours, then every area with its first modules. */
export function getCatalogueOverview(): {
	areas: AreaPreview[];
	total: number;
	parcours: Parcours[];
} {
	const { areas, modules, parcours } = getCatalogue();
	return {
		total: modules.length,
		parcours,
		areas: areas.map((area) => ({
			...area,
			count: area.modules.length,
			modules: area.modules.slice(0, MODULES_PER_AREA_PREVIEW)
		}))
	};
}

/** One area with all its modules, or undefined for an unknown id. */
export function getAreaPage(id: string): CatalogueArea | undefined {
	return getCatalogue().areas.find((area) => area.id === id);
}

/** Every area id, for prerendering. */
export function getAreaIds(): string[] {
	return getCatalogue().areas.map((area) => area.id);
}

/** Every module, in catalogue order, for the filters (served as a static JSON file). */
export function getModuleList(): ListedModule[] {
	return getCatalogue().areas.flatMap((area) =>
		area.modules.map((module) => ({ ...module, areaId: area.id }))
	);
}
