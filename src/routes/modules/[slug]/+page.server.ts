import { error } from '@sveltejs/kit';
import { getModulePage, getModuleSlugs } from '$lib/server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getModuleSlugs().map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const page = getModulePage(params.slug);
	if (!page) error(404, 'Module introuvable');
	return page;
};
