import type { NextModule, ParcoursPosition } from '$lib/parcours';

/** What the module page knows around its quiz, computed at build time. */
export interface ModuleJourney {
	slug: string;
	title: string;
	area: string;
	/** The module's objectives, inline HTML (recalled on the results screen). */
	objectives: string[];
	/** Who receives « Signaler un problème »: the module's contact, else the site's. */
	contact: string;
	/** The module to suggest after a passed quiz. */
	next?: NextModule;
	/** The parcours the module belongs to. */
	parcours: ParcoursPosition[];
}
