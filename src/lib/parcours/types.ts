/** A module as a parcours lists it. */
export interface ParcoursModule {
	slug: string;
	title: string;
	area: string;
}

/** A parcours as pages receive it: modules to follow, in order. */
export interface Parcours {
	slug: string;
	title: string;
	description: string;
	modules: ParcoursModule[];
}

/** Where a module sits in a parcours: "Module 2 sur 3 du parcours … · suivant : …". */
export interface ParcoursPosition {
	slug: string;
	title: string;
	/** 1-based position of the module. */
	position: number;
	total: number;
	next?: ParcoursModule;
}

/** The module to suggest after this one, and why. */
export interface NextModule {
	slug: string;
	title: string;
	/** The parcours it continues, when it comes from a parcours; else the same area. */
	parcoursTitle?: string;
}
