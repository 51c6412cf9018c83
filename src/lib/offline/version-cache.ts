import {
	cacheName,
	filesOfPage,
	foreignReferences,
	isOnDemandPage,
	isOurCache,
	pageOf,
	type BuildManifest
} from './cache-plan';

/** A response that does not belong to the version being cached: its files would mix versions. */
export class ForeignVersionError extends Error {}

/**
 * Fetches a file for the cache, past the browser's HTTP cache: `no-cache` revalidates with the
 * server (an unchanged file costs a 304), so a host's Last-Modified or max-age can never hand an
 * install the previous version's page.
 */
export function fetchFresh(path: string, origin: string): Promise<Response> {
	return fetch(
		new Request(new URL(path, origin), { cache: 'no-cache', credentials: 'same-origin' })
	);
}

/** Runs `task` on every item with at most `limit` at a time; rejects with the first failure. */
export async function eachLimited<T>(
	items: readonly T[],
	limit: number,
	task: (item: T) => Promise<void>
): Promise<void> {
	let next = 0;
	const lane = async () => {
		while (next < items.length) await task(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** The one version of the site a cache holds: what it may contain, where it lives. */
export class VersionCache {
	readonly name: string;
	readonly #build: ReadonlySet<string>;
	readonly #prerendered: ReadonlySet<string>;
	readonly #manifest: BuildManifest;
	readonly #origin: string;

	constructor(manifest: BuildManifest, version: string, origin: string) {
		this.name = cacheName(version);
		this.#manifest = manifest;
		this.#build = new Set(manifest.build);
		this.#prerendered = new Set(manifest.prerendered);
		this.#origin = origin;
	}

	/** Checks that a fetched file belongs to this version; HTML is read from a copy. */
	async #check(path: string, response: Response): Promise<void> {
		if (!response.ok) throw new Error(`${path} : HTTP ${response.status}`);
		if (!response.headers.get('content-type')?.includes('text/html')) return;
		const foreign = foreignReferences(
			await response.clone().text(),
			new URL(path, this.#origin).href,
			this.#build
		);
		if (foreign.length > 0) {
			throw new ForeignVersionError(`${path} appartient à une autre version (${foreign[0]})`);
		}
	}

	/** Fetches files fresh, checks them all, then stores them all: a set is kept whole or not at all. */
	async store(paths: readonly string[], have = new Map<string, Response>()): Promise<void> {
		const responses = await Promise.all(
			paths.map(async (path) => {
				const response = have.get(path) ?? (await fetchFresh(path, this.#origin));
				await this.#check(path, response);
				return [path, response] as const;
			})
		);
		const cache = await caches.open(this.name);
		await Promise.all(responses.map(([path, response]) => cache.put(path, response)));
	}

	/** Stores the shell: every file listed, each checked, with at most 6 requests at a time. */
	async storeShell(paths: readonly string[]): Promise<void> {
		await eachLimited(paths, 6, (path) => this.store([path]));
	}

	/** Keeps a page for offline use: its HTML and its data, both of this version, or neither. */
	async keepPage(page: string, have?: Map<string, Response>): Promise<void> {
		await this.store(filesOfPage(page, this.#manifest.base, this.#prerendered), have);
	}

	/** The on-demand pages this version's cache holds (a page is stored whole or not at all). */
	async keptPages(): Promise<string[]> {
		const pages = await pagesIn(await caches.open(this.name), this.#manifest.base);
		return pages.filter((page) => this.#prerendered.has(page));
	}

	/** The on-demand pages other versions kept that this version also has. */
	async keptByOtherVersions(): Promise<string[]> {
		const pages = new Set<string>();
		for (const name of await caches.keys()) {
			if (name === this.name || !isOurCache(name)) continue;
			const cache = await caches.open(name);
			for (const page of await pagesIn(cache, this.#manifest.base)) pages.add(page);
		}
		return [...pages].filter((page) => this.#prerendered.has(page));
	}

	/** Deletes the caches of every other version. */
	async deleteOtherVersions(): Promise<void> {
		for (const name of await caches.keys()) {
			if (name !== this.name && isOurCache(name)) await caches.delete(name);
		}
	}
}

/** On-demand pages with an entry in a cache (keys are whole URLs). */
async function pagesIn(cache: Cache, base: string): Promise<string[]> {
	const pages = new Set<string>();
	for (const request of await cache.keys()) {
		const path = new URL(request.url).pathname;
		if (isOnDemandPage(path, base)) pages.add(pageOf(path, base));
	}
	return [...pages];
}

/**
 * The version the server publishes now (`_app/version.json`), or undefined when it publishes none;
 * an install that saw the server change version mid-way must not complete.
 */
export async function serverVersion(base: string, origin: string): Promise<string | undefined> {
	const response = await fetch(new URL(`${base}/_app/version.json`, origin), { cache: 'no-store' });
	if (!response.ok) return undefined;
	const body = (await response.json()) as { version?: unknown };
	return typeof body.version === 'string' ? body.version : undefined;
}
