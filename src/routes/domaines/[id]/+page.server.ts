import { error } from '@sveltejs/kit';
import { getAreaIds, getAreaPage } from '$lib/server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getAreaIds().map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const area = getAreaPage(params.id);
	if (!area) error(404, 'Domaine introuvable');
	return { area };
};
