import { error } from '@sveltejs/kit';
import { getModulePage, getModuleSlugs } from '$lib/server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	getModuleSlugs()
		.filter((slug) => getModulePage(slug)?.quiz)
		.map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const page = getModulePage(params.slug);
	if (!page?.quiz) error(404, 'Module introuvable');
	const { module, quiz } = page;
	return {
		slug: module.slug,
		title: module.title,
		area: module.area,
		passMark: quiz.passMark,
		version: quiz.hash
	};
};
