import { building } from '$app/environment';
import { chunkFiles, getCatalogue, getModulePage } from '$lib/server';
import type { PageServerLoad } from './$types';

// Static HTML; the learner's progress is read from IndexedDB in the browser.
export const prerender = true;

export const load: PageServerLoad = () => ({
	// The page shows nothing of its own before the store answers: its code (Dexie, zod, a lazy
	// chunk elsewhere) is fetched with the page's files, not requested once the page has hydrated.
	preload: building ? chunkFiles('src/lib/progress/store.ts') : [],
	modules: getCatalogue().modules.map(({ slug, title, area }) => {
		const quiz = getModulePage(slug)?.quiz;
		return {
			slug,
			title,
			area,
			questionCount: quiz?.questions.length ?? 0,
			// What an imported attempt is checked against (its total and pass mark).
			quiz: quiz
				? { hash: quiz.hash, questionCount: quiz.questions.length, passMark: quiz.passMark }
				: null
		};
	})
});
