import { error } from '@sveltejs/kit';
import { getParcours, getParcoursSlugs } from '$lib/server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getParcoursSlugs().map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const parcours = getParcours(params.slug);
	if (!parcours) error(404, 'Parcours introuvable');
	return { parcours };
};
