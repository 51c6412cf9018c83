/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import { cacheName, offlinePageHtml, precacheList, strategyFor } from '$lib/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const PRECACHE = precacheList({ base, build, files, prerendered });
const precached = new Set(PRECACHE);

// A version is installed whole or not at all; it waits until the learner accepts the update
// (or until no page uses the old one), so a page never mixes files of two versions.
sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

async function fromCache(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request, { ignoreSearch: true });
	return hit ?? fetch(request);
}

async function cacheOnce(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

async function networkOrOfflinePage(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		return new Response(offlinePageHtml(base), {
			status: 503,
			headers: { 'content-type': 'text/html; charset=utf-8' }
		});
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const strategy = strategyFor(request, { origin: sw.location.origin, precached });
	if (strategy === 'precached') event.respondWith(fromCache(request));
	else if (strategy === 'runtime') event.respondWith(cacheOnce(request));
	else if (strategy === 'network-then-offline-page')
		event.respondWith(networkOrOfflinePage(request));
});
