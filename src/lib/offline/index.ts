export {
	cacheName,
	precacheList,
	strategyFor,
	type BuildManifest,
	type CacheStrategy
} from './cache-plan';
export { offlinePageHtml } from './offline-page';
