import { plural, quantity } from '$lib/french';
import type { Parcours } from './types';

/** How far the learner is in a parcours. */
export interface ParcoursProgress {
	passed: number;
	total: number;
	/** Every module passed: the parcours attestation can be printed. */
	complete: boolean;
	/** Slugs of the passed modules. */
	passedSlugs: ReadonlySet<string>;
	/** « 2 modules réussis sur 3 ». */
	text: string;
}

/** « 2 modules réussis sur 3 », « 1 module réussi sur 3 », « Aucun module réussi sur 3 ». */
export function passedSentence(passed: number, total: number): string {
	if (passed === 0) return `Aucun module réussi sur ${total}`;
	return `${quantity(passed, 'module')} ${plural(passed, 'réussi')} sur ${total}`;
}

/** A parcours' progress, from the slugs of the modules passed in this browser. */
export function parcoursProgress(
	parcours: Parcours,
	passed: ReadonlySet<string>
): ParcoursProgress {
	const passedSlugs = new Set(
		parcours.modules.filter((m) => passed.has(m.slug)).map((m) => m.slug)
	);
	const total = parcours.modules.length;
	return {
		passed: passedSlugs.size,
		total,
		complete: passedSlugs.size === total,
		passedSlugs,
		text: passedSentence(passedSlugs.size, total)
	};
}
