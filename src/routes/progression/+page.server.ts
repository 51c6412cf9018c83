import { getCatalogue, getModulePage } from '$lib/server';
import type { PageServerLoad } from './$types';

// Static HTML; the learner's progress is read from IndexedDB in the browser.
export const prerender = true;

export const load: PageServerLoad = () => ({
	modules: getCatalogue().modules.map(({ slug, title, area }) => ({
		slug,
		title,
		area,
		questionCount: getModulePage(slug)?.quiz?.questions.length ?? 0
	}))
});
