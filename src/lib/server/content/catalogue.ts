import type { CatalogueArea, ContentModule, ModuleSummary } from '../../content/types';

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** An HTML id from free text: "Domaine 1" → "domaine-1". */
export function anchorId(text: string): string {
	const id = text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return id || 'section';
}

/** The catalogue card of a module. */
export function summarize(module: ContentModule, hasQuiz: boolean): ModuleSummary {
	const { slug, area, title, description, duration } = module;
	return { slug, area, title, description, duration, hasQuiz };
}

/**
 * Groups modules by area in natural order ("Domaine 2" before "Domaine 10"); inside an area,
 * by the author's `order`, then by title.
 */
export function groupByArea(
	modules: readonly ContentModule[],
	quizSlugs: ReadonlySet<string>
): CatalogueArea[] {
	const areas = new Map<string, ContentModule[]>();
	for (const module of modules) areas.set(module.area, [...(areas.get(module.area) ?? []), module]);
	return [...areas.entries()]
		.sort(([a], [b]) => collator.compare(a, b))
		.map(([area, list]) => ({
			area,
			id: anchorId(area),
			modules: list
				.sort(
					(a, b) =>
						(a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
						collator.compare(a.title, b.title)
				)
				.map((module) => summarize(module, quizSlugs.has(module.slug)))
		}));
}
