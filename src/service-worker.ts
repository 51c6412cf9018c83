/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import {
	catalogueExtras,
	ForeignVersionError,
	VersionCache,
	eachLimited,
	fetchFresh,
	isModulePage,
	isOnDemandPage,
	offlinePageHtml,
	onDemandPages,
	pageOf,
	precacheList,
	readToWorker,
	serverVersion,
	strategyFor,
	titleOfPage,
	type FromWorker,
	type KeptPage,
	type PageSelection
} from '$lib/offline/worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const origin = sw.location.origin;
const manifest = { base, build, files, prerendered };
const PRECACHE = precacheList(manifest);
const ALL_PAGES = onDemandPages(manifest);
const CATALOGUE_EXTRAS = catalogueExtras(manifest);
const scope = {
	origin,
	base,
	precached: new Set(PRECACHE),
	prerendered: new Set(prerendered)
};
const current = new VersionCache(manifest, version, origin);

/** Refuses to finish an install while the server publishes another version. */
async function expectServerVersion(): Promise<void> {
	const published = await serverVersion(base, origin);
	if (published !== undefined && published !== version) {
		throw new ForeignVersionError(`le serveur publie la version ${published}, pas ${version}`);
	}
}

/** Module pages open in a window now: the page being visited is kept with the shell. */
async function pagesBeingVisited(): Promise<string[]> {
	const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return windows
		.map((client) => pageOf(new URL(client.url).pathname.replace(/(.)\/+$/, '$1'), base))
		.filter((path) => isOnDemandPage(path, base) && scope.prerendered.has(path));
}

// A version installs whole and self-consistent, or not at all: every file is fetched past the HTTP
// cache, every page is checked against this version's build, and the server must publish this
// version before and after. It then waits until the learner accepts it (or no page uses the old
// one), so a page never mixes files of two versions. Pages the learner kept come along, re-fetched.
sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			await expectServerVersion();
			await current.storeShell(PRECACHE);
			const pages = new Set([
				...(await pagesBeingVisited()),
				...(await current.keptByOtherVersions())
			]);
			await eachLimited([...pages], 4, (page) => current.keepPage(page));
			await expectServerVersion();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Pages kept in the old version after this one was installed: best effort, then drop it.
			const late = await current.keptByOtherVersions();
			await eachLimited(late, 4, (page) => current.keepPage(page).catch(() => {}));
			await current.deleteOtherVersions();
			await sw.clients.claim();
		})()
	);
});

function selected(pages: PageSelection): string[] {
	return pages === 'all' ? ALL_PAGES : pages.filter((page) => scope.prerendered.has(page));
}

/** A small JSON file of this version, cached once read (the sizes written after the build). */
async function readJson(path: string): Promise<unknown> {
	const cache = await caches.open(current.name);
	let response = await cache.match(path);
	if (!response) {
		response = await fetchFresh(path, origin);
		if (!response.ok) throw new Error(`${path} : HTTP ${response.status}`);
		await cache.put(path, response.clone());
	}
	return response.json();
}

/** What keeping several pages downloads (gzip), when the build recorded it. */
async function sizeOf(selection: PageSelection, pages: readonly string[]) {
	if (selection !== 'all' && pages.length < 2) return undefined;
	try {
		if (selection === 'all') {
			const { bytes } = (await readJson(`${base}/_app/offline-total.json`)) as { bytes?: unknown };
			return typeof bytes === 'number' ? bytes : undefined;
		}
		const sizes = (await readJson(`${base}/_app/offline-sizes.json`)) as Record<string, unknown>;
		return pages.reduce((sum, page) => sum + Number(sizes[page] ?? NaN), 0) || undefined;
	} catch {
		return undefined;
	}
}

async function status(selection: PageSelection): Promise<FromWorker> {
	const pages = selected(selection);
	const [kept, bytes] = await Promise.all([countKept(pages), sizeOf(selection, pages)]);
	return { type: 'status', kept, total: pages.length, bytes };
}

/** Pages being kept right now (opened a moment ago): a status waits for them. */
const keeping = new Map<string, Promise<void>>();

function keepInBackground(page: string, have: Map<string, Response>): Promise<void> {
	const work = current
		.keepPage(page, have)
		.catch(() => {})
		.finally(() => keeping.delete(page));
	keeping.set(page, work);
	return work;
}

async function countKept(pages: readonly string[]): Promise<number> {
	await Promise.all(pages.map((page) => keeping.get(page)));
	const kept = new Set(await current.keptPages());
	return pages.filter((page) => kept.has(page)).length;
}

/**
 * Keeps pages one after the other in small batches, reporting each step on the channel; `extras`
 * (area pages, the filters' list) are kept first, uncounted: the learner counts modules.
 */
async function keepPages(
	pages: readonly string[],
	reply: (message: FromWorker) => void,
	extras: readonly string[] = []
) {
	await eachLimited(extras, 4, (page) => current.keepPage(page).catch(() => {}));
	const kept = new Set(await current.keptPages());
	const missing = pages.filter((page) => !kept.has(page));
	let done = pages.length - missing.length;
	let failed = 0;
	reply({ type: 'progress', done, total: pages.length });
	await eachLimited(missing, 4, async (page) => {
		await current.keepPage(page).catch(() => failed++);
		reply({ type: 'progress', done: ++done, total: pages.length });
	});
	reply({ type: 'kept', kept: done - failed, total: pages.length, failed });
}

sw.addEventListener('message', (event) => {
	const message = readToWorker(event.data);
	if (message?.type === 'SKIP_WAITING') {
		void sw.skipWaiting();
		return;
	}
	const port = event.ports[0];
	if (!message || !port) return;
	const reply = (answer: FromWorker) => port.postMessage(answer);
	event.waitUntil(
		message.type === 'status'
			? status(message.pages).then(reply)
			: keepPages(selected(message.pages), reply, message.pages === 'all' ? CATALOGUE_EXTRAS : [])
	);
});

async function fromCache(request: Request): Promise<Response> {
	const hit = await caches.match(request, { cacheName: current.name, ignoreSearch: true });
	return hit ?? fetch(request);
}

async function cacheOnce(request: Request): Promise<Response> {
	const cache = await caches.open(current.name);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

/**
 * The search index: fresh from the network (its entry file changes with each build, under the
 * same name), and kept so that a search made once online works offline on a later visit. Kept
 * without its query string: Pagefind asks for `pagefind-entry.json?ts=<time>`.
 */
async function networkThenKept(request: Request): Promise<Response> {
	const cache = await caches.open(current.name);
	const key = new URL(request.url);
	key.search = '';
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(key.href, response.clone());
		return response;
	} catch {
		return (await cache.match(key.href)) ?? Response.error();
	}
}

/** The module pages kept on this device, with their titles, for the offline page. */
async function keptWithTitles(): Promise<KeptPage[]> {
	const cache = await caches.open(current.name);
	// Modules only: an area page or an attestation is not what the learner asked to keep.
	const pages = (await current.keptPages()).filter((path) => isModulePage(path, base));
	return Promise.all(
		pages.map(async (path) => {
			const html = await (await cache.match(path))?.text();
			return { path, title: (html && titleOfPage(html)) ?? path };
		})
	);
}

async function offlinePage(): Promise<Response> {
	return new Response(offlinePageHtml(base, await keptWithTitles()), {
		status: 503,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			// Plain HTML with links only: it needs nothing, so it may load nothing.
			'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'none'"
		}
	});
}

/**
 * A module page or its data: from this version's cache, else from the network, and then kept
 * (both files, checked) so that a page opened once opens again offline.
 */
async function servePage(event: FetchEvent, path: string): Promise<Response> {
	const hit = await caches.match(path, { cacheName: current.name });
	if (hit) return hit;
	const navigate = event.request.mode === 'navigate';
	try {
		const response = await fetchFresh(path, origin);
		if (response.ok) {
			const page = pageOf(path, base);
			const have = new Map([[path, response.clone()]]);
			// A page of another version (the server moved on) is shown, not kept.
			event.waitUntil(keepInBackground(page, have));
		}
		return response;
	} catch {
		// Offline: a navigation gets the offline page; SvelteKit answers a failed data request by
		// navigating, which lands there too.
		return navigate ? offlinePage() : Response.error();
	}
}

async function networkOrOfflinePage(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		return offlinePage();
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const strategy = strategyFor(request, scope);
	const url = new URL(request.url);
	if (strategy === 'precached') event.respondWith(fromCache(request));
	else if (strategy === 'page') event.respondWith(servePage(event, url.pathname));
	else if (strategy === 'runtime') event.respondWith(cacheOnce(request));
	else if (strategy === 'search') event.respondWith(networkThenKept(request));
	else if (strategy === 'strip-slash') {
		const target = `${url.pathname.replace(/\/+$/, '')}${url.search}`;
		event.respondWith(Response.redirect(new URL(target, origin).href, 301));
	} else if (strategy === 'network-then-offline-page') {
		event.respondWith(networkOrOfflinePage(request));
	}
});
