import { getCatalogue } from '$lib/server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { areas, parcours } = getCatalogue();
	return { areas, parcours };
};
