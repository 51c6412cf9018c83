/** What the service worker does with one request. */
export type CacheStrategy =
	/** Precached for this version: answer from the cache (network only if it is missing). */
	| 'precached'
	/** Immutable build file fetched on demand (the password dictionaries): cache it once loaded. */
	| 'runtime'
	/** Not ours to handle (other origin, not GET…): let the browser do it. */
	| 'passthrough'
	/** A page we do not have: try the network, else the offline page. */
	| 'network-then-offline-page';

/** The lists SvelteKit gives the service worker (`$service-worker`). */
export interface BuildManifest {
	base: string;
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
}

/** Worker bundles and their lazy chunks are cached when a page first uses them, not at install. */
function isOnDemand(path: string): boolean {
	return path.includes('/_app/immutable/workers/');
}

/**
 * Everything precached at install: the app's code and styles, static files and every
 * prerendered page and its data, so that after one visit the whole site works offline.
 */
export function precacheList(manifest: BuildManifest): string[] {
	const all = [...manifest.build, ...manifest.files, ...manifest.prerendered];
	return [...new Set(all.filter((path) => !isOnDemand(path)))];
}

/** Decides how to answer a request; pure, so it is tested without a browser. */
export function strategyFor(
	request: { method: string; url: string; mode: string },
	scope: { origin: string; precached: ReadonlySet<string> }
): CacheStrategy {
	if (request.method !== 'GET') return 'passthrough';
	const url = new URL(request.url);
	if (url.origin !== scope.origin) return 'passthrough';
	if (scope.precached.has(url.pathname)) return 'precached';
	if (url.pathname.includes('/_app/immutable/')) return 'runtime';
	if (request.mode === 'navigate') return 'network-then-offline-page';
	return 'passthrough';
}

/** The cache of one deployed version; older ones are deleted once the new version takes over. */
export function cacheName(version: string): string {
	return `capsules-${version}`;
}
