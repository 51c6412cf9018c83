// The state of the catalogue's search and filters: a query goes to Pagefind (search-engine.ts),
// filters alone run on the list of every module (catalogue.json, fetched once); the learner's
// status comes from the progress store, followed live once a search or a filter is used.
import { StoreValue, type ModuleProgress, type ModuleStatus } from '$lib/progress';
import type { ListedModule } from '$lib/content';
import { withStatus } from './filters';
import { RESULTS_PAGE, searchCatalogue, type SearchHit, type SearchResults } from './search-engine';

/** One line of the results: a search hit, or a module listed by the filters alone. */
export interface FinderItem extends Partial<Pick<SearchHit, 'foundIn' | 'excerpt'>> {
	slug: string;
	title: string;
	description: string;
	area: string;
}

/** A line as shown, with the learner's status. */
export interface ShownItem extends FinderItem {
	status: ModuleStatus;
}

/** An area as the filter offers it. */
export interface AreaChoice {
	id: string;
	area: string;
}

/** Where the finder fetches its data from (the built site's URLs). */
export interface FinderSources {
	/** The site's root URL, with a trailing slash (Pagefind lives under it). */
	siteRoot: () => string;
	/** The URL of the list of every module. */
	moduleList: () => string;
}

export class CatalogueFinder {
	query = $state('');
	areaId = $state('');
	status = $state<ModuleStatus | ''>('');
	items = $state.raw<FinderItem[]>([]);
	/** Results not shown yet (search only), for « Afficher plus ». */
	remaining = $state(0);
	busy = $state(false);
	error = $state('');
	/** True once a search or a filter has run (the results region shows). */
	active = $state(false);

	readonly #areas: AreaChoice[];
	readonly #sources: FinderSources;
	readonly #progress = new StoreValue<ModuleProgress[]>([], (store, set) => store.liveModules(set));
	#list: Promise<ListedModule[]> | undefined;
	#search: { results: SearchResults; read: number } | undefined;
	#run = 0;

	constructor(areas: AreaChoice[], sources: FinderSources) {
		this.#areas = areas;
		this.#sources = sources;
	}

	/** The learner's progress by module slug (empty until the store answers). */
	readonly progress = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole on each change, never mutated
		new Map(this.#progress.current.map((module) => [module.slug, module]))
	);

	/**
	 * The lines to show: the results with each module's status, kept by the status filter. Derived
	 * (and read by the page), so that statuses arrive when the store answers and stay live.
	 */
	readonly shown: ShownItem[] = $derived(withStatus(this.items, this.status, this.progress));

	#areaName(id: string): string {
		return this.#areas.find((area) => area.id === id)?.area ?? '';
	}

	#moduleList(): Promise<ListedModule[]> {
		this.#list ??= fetch(this.#sources.moduleList()).then((response) => {
			if (!response.ok) throw new Error(String(response.status));
			return response.json() as Promise<ListedModule[]>;
		});
		this.#list.catch(() => (this.#list = undefined));
		return this.#list;
	}

	/** Runs the search or the filters as they stand; the last call wins. */
	async run(): Promise<void> {
		const run = ++this.#run;
		const query = this.query.trim();
		this.error = '';
		if (!query && !this.areaId && !this.status) {
			this.active = false;
			this.items = [];
			this.remaining = 0;
			return;
		}
		this.active = true;
		this.busy = true;
		try {
			if (query) {
				const results = await searchCatalogue(
					this.#sources.siteRoot(),
					query,
					this.#areaName(this.areaId)
				);
				const hits = await results.read(0, RESULTS_PAGE);
				if (run !== this.#run) return;
				this.#search = { results, read: hits.length };
				this.items = hits;
				this.remaining = results.total - hits.length;
			} else {
				const list = await this.#moduleList();
				if (run !== this.#run) return;
				this.#search = undefined;
				// The status filter applies in `shown`, live.
				this.items = list.filter((module) => this.areaId === '' || module.areaId === this.areaId);
				this.remaining = 0;
			}
		} catch {
			if (run === this.#run) {
				this.error =
					'La recherche n’a pas pu se charger. Vérifiez votre connexion, puis réessayez : une fois chargée, elle fonctionne aussi hors connexion.';
				this.items = [];
				this.remaining = 0;
			}
		} finally {
			if (run === this.#run) this.busy = false;
		}
	}

	/** Shows the next page of search results. */
	async more(): Promise<void> {
		const search = this.#search;
		if (!search) return;
		const run = this.#run;
		const hits = await search.results.read(search.read, RESULTS_PAGE);
		if (run !== this.#run) return;
		search.read += hits.length;
		this.items = [...this.items, ...hits];
		this.remaining = search.results.total - search.read;
	}

	/** Back to the plain catalogue. */
	reset(): void {
		this.query = '';
		this.areaId = '';
		this.status = '';
		void this.run();
	}
}
