import type { restorableQuizSnapshot } from './snapshot';

/**
 * Loads the check of saved attempts (`restorableQuizSnapshot`, zod's schemas with it): only a
 * visit with an attempt to restore pays for it, after the quiz's own code.
 */
export async function loadSnapshotCheck(): Promise<typeof restorableQuizSnapshot> {
	return (await import('./snapshot')).restorableQuizSnapshot;
}
