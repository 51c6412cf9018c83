/** What the service worker does with one request. */
export type CacheStrategy =
	/** Part of the shell, precached with the version: answer from the cache. */
	| 'precached'
	/** A page kept on demand (a module) or its data: from the cache, else the network, then keep it. */
	| 'page'
	/** Immutable build file fetched on demand (the password dictionaries): cache it once loaded. */
	| 'runtime'
	/** The search index (Pagefind, written after the build): the network, else what a search kept. */
	| 'search'
	/** `/modules/x/` names the page `/modules/x`: redirect, as the server does. */
	| 'strip-slash'
	/** Not ours to handle (other origin, not GET…): let the browser do it. */
	| 'passthrough'
	/** A page we do not know: try the network, else the offline page. */
	| 'network-then-offline-page';

/** The lists SvelteKit gives the service worker (`$service-worker`). */
export interface BuildManifest {
	base: string;
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
}

/**
 * Sections whose pages grow with the catalogue (a module, its attestation, an area's full list):
 * kept when opened or asked for, never at install.
 */
const ON_DEMAND_SECTIONS = ['/modules/', '/attestation/', '/domaines/'];
/** Files that grow with the catalogue (the module list the filters read): kept once read. */
const ON_DEMAND_FILES = ['/catalogue.json'];
const MODULE_SECTION = '/modules/';
/** Not kept by « Tout le catalogue »: an attestation is printed once, from a passed module. */
const PRINT_SECTION = '/attestation/';

const DATA_SUFFIX = '/__data.json';

/** Worker bundles and their lazy chunks are cached when a page first uses them, not at install. */
function isOnDemandBuildFile(path: string): boolean {
	return path.includes('/_app/immutable/workers/');
}

/** The page a prerendered path belongs to: itself, or the page whose data it is. */
export function pageOf(path: string, base: string): string {
	if (!path.endsWith(DATA_SUFFIX)) return path;
	const page = path.slice(0, -DATA_SUFFIX.length);
	return page === base ? `${base}/` : page;
}

/** The data file SvelteKit fetches for a client-side navigation to a page. */
export function dataOf(page: string, base: string): string {
	return page === `${base}/` ? `${base}${DATA_SUFFIX}` : `${page}${DATA_SUFFIX}`;
}

/** Whether a prerendered path belongs to a page kept on demand (its number grows with modules). */
export function isOnDemandPage(path: string, base: string): boolean {
	return (
		ON_DEMAND_SECTIONS.some((section) => path.startsWith(`${base}${section}`)) ||
		ON_DEMAND_FILES.some((file) => path === `${base}${file}`)
	);
}

/** Whether a path is a module page or its data. */
export function isModulePage(path: string, base: string): boolean {
	return path.startsWith(`${base}${MODULE_SECTION}`);
}

/**
 * The application shell, precached at install: code, styles, static files and the pages that are
 * not modules (catalogue, /progression, /mot-de-passe…), without their data. Module pages are not
 * in it: a first visit costs about the same with 1 module or 1,000.
 */
export function precacheList(manifest: BuildManifest): string[] {
	const shell = [
		...manifest.build.filter((path) => !isOnDemandBuildFile(path)),
		...manifest.files,
		// Pages' data (`__data.json`) only serve client-side navigation: offline, SvelteKit falls back
		// to loading the page itself, which is here. The catalogue's data grows with the catalogue.
		...manifest.prerendered.filter(
			(path) => !isOnDemandPage(path, manifest.base) && !path.endsWith(DATA_SUFFIX)
		)
	];
	return [...new Set(shell)];
}

/** Every module page, as page paths (`/modules/a`), in build order: what « Tout le catalogue » counts. */
export function onDemandPages(manifest: BuildManifest): string[] {
	const pages = manifest.prerendered
		.filter((path) => isModulePage(path, manifest.base))
		.map((path) => pageOf(path, manifest.base));
	return [...new Set(pages)];
}

/** The rest of the catalogue that grows with it (area pages, the filters' list): « Tout le catalogue » keeps it too. */
export function catalogueExtras(manifest: BuildManifest): string[] {
	const { base } = manifest;
	const pages = manifest.prerendered
		.filter(
			(path) =>
				isOnDemandPage(path, base) &&
				!isModulePage(path, base) &&
				!path.startsWith(`${base}${PRINT_SECTION}`)
		)
		.map((path) => pageOf(path, base));
	return [...new Set(pages)];
}

/** The files that make a page work offline: its HTML and, when it has one, its data. */
export function filesOfPage(
	page: string,
	base: string,
	prerendered: ReadonlySet<string>
): string[] {
	return [page, dataOf(page, base)].filter((path) => prerendered.has(path));
}

/** What the worker knows about the version it serves. */
export interface Scope {
	origin: string;
	base: string;
	/** The shell. */
	precached: ReadonlySet<string>;
	/** Every prerendered path of this version. */
	prerendered: ReadonlySet<string>;
}

/** Decides how to answer a request; pure, so it is tested without a browser. */
export function strategyFor(
	request: { method: string; url: string; mode: string },
	scope: Scope
): CacheStrategy {
	if (request.method !== 'GET') return 'passthrough';
	const url = new URL(request.url);
	if (url.origin !== scope.origin) return 'passthrough';
	const path = url.pathname;
	if (scope.precached.has(path)) return 'precached';
	if (scope.prerendered.has(path)) return 'page';
	if (path.includes('/_app/immutable/')) return 'runtime';
	if (path.startsWith(`${scope.base}/pagefind/`)) return 'search';
	if (request.mode !== 'navigate') return 'passthrough';
	const stripped = path.replace(/\/+$/, '');
	if (stripped !== path && stripped !== scope.base && scope.prerendered.has(stripped)) {
		return 'strip-slash';
	}
	return 'network-then-offline-page';
}

/**
 * The build files a prerendered HTML page loads (`./_app/immutable/…`, resolved against the page);
 * a page belongs to a version when every one of them is part of that version's build.
 */
export function immutableReferences(html: string, pageUrl: string): string[] {
	const found = new Set<string>();
	for (const match of html.matchAll(/["'(]([^"'()\s]*_app\/immutable\/[^"'()\s]+)["')]/g)) {
		found.add(new URL(match[1]!, pageUrl).pathname);
	}
	return [...found];
}

/** The files a page loads that are not part of this version: empty when the page is ours. */
export function foreignReferences(
	html: string,
	pageUrl: string,
	build: ReadonlySet<string>
): string[] {
	return immutableReferences(html, pageUrl).filter((path) => !build.has(path));
}

const PREFIX = 'capsules-';

/** The cache of one deployed version; older ones are deleted once the new version takes over. */
export function cacheName(version: string): string {
	return `${PREFIX}${version}`;
}

/** Whether a cache is one of ours (of any version). */
export function isOurCache(name: string): boolean {
	return name.startsWith(PREFIX);
}
