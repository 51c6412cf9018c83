import type { NextModule, Parcours, ParcoursModule, ParcoursPosition } from './types';

/** Every parcours a module belongs to, with its position and the module after it. */
export function parcoursPositions(
	slug: string,
	parcoursList: readonly Parcours[]
): ParcoursPosition[] {
	return parcoursList.flatMap((parcours) => {
		const index = parcours.modules.findIndex((module) => module.slug === slug);
		if (index < 0) return [];
		const next = parcours.modules[index + 1];
		return [
			{
				slug: parcours.slug,
				title: parcours.title,
				position: index + 1,
				total: parcours.modules.length,
				...(next ? { next } : {})
			}
		];
	});
}

/**
 * The module to suggest after `slug`: the next one of its first parcours that has one, else the
 * next one of its area (catalogue order), else none.
 */
export function nextModule(
	slug: string,
	parcoursList: readonly Parcours[],
	areaModules: readonly ParcoursModule[]
): NextModule | undefined {
	for (const position of parcoursPositions(slug, parcoursList)) {
		if (position.next) {
			return {
				slug: position.next.slug,
				title: position.next.title,
				parcoursTitle: position.title
			};
		}
	}
	const index = areaModules.findIndex((module) => module.slug === slug);
	const next = index < 0 ? undefined : areaModules[index + 1];
	return next ? { slug: next.slug, title: next.title } : undefined;
}
