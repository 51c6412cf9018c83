// The catalogue's search engine: Pagefind's browser script and its index, written at build time
// under /pagefind/ (scripts/vite-search-index.js). Loaded on first use only, then kept; the
// index comes in small pieces fetched as queries need them (the service worker may keep them
// for offline use: they all live under /pagefind/).
import { excerptParts, whereFound, type ExcerptPart, type FoundIn } from './where-found';

/** Where Pagefind lives in the built site, relative to the site's root. */
export const SEARCH_INDEX_PATH = 'pagefind/';

/** How many results a search shows before « Afficher plus ». */
export const RESULTS_PAGE = 20;

/** One search result, ready to show. */
export interface SearchHit {
	slug: string;
	title: string;
	description: string;
	area: string;
	foundIn: FoundIn[];
	excerpt: ExcerptPart[];
}

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
	sub_results?: { url: string; excerpt: string }[];
}

interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, string> }
	): Promise<{ results: PagefindResult[] } | null>;
}

/** The results of one search: how many, and a way to read them a page at a time. */
export interface SearchResults {
	total: number;
	/** The hits from `start` on, `count` of them at most. */
	read(start: number, count: number): Promise<SearchHit[]>;
}

let engine: Promise<Pagefind> | undefined;

/** Loads Pagefind once; `siteRoot` is the site's root URL (with a trailing slash). */
function loadEngine(siteRoot: string): Promise<Pagefind> {
	engine ??= (async () => {
		const url = new URL(`${SEARCH_INDEX_PATH}pagefind.js`, siteRoot).href;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ excerptLength: 24 });
		await pagefind.init();
		return pagefind;
	})();
	// A failed load (offline before any search) may be retried later.
	engine.catch(() => (engine = undefined));
	return engine;
}

async function toHit(result: PagefindResult): Promise<SearchHit> {
	const data = await result.data();
	const title = data.meta.title ?? '';
	const sub = data.sub_results ?? [];
	return {
		slug: data.meta.slug ?? '',
		title,
		description: data.meta.description ?? '',
		area: data.filters.domaine?.[0] ?? '',
		foundIn: whereFound(title, sub),
		excerpt: excerptParts(data.excerpt)
	};
}

/** Searches the catalogue for `query`, within one area when `area` is set. */
export async function searchCatalogue(
	siteRoot: string,
	query: string,
	area: string
): Promise<SearchResults> {
	const pagefind = await loadEngine(siteRoot);
	const found = await pagefind.search(query, area ? { filters: { domaine: area } } : {});
	const results = found?.results ?? [];
	return {
		total: results.length,
		read: (start, count) => Promise.all(results.slice(start, start + count).map(toHit))
	};
}
