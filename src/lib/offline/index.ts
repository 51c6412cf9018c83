export {
	cacheName,
	dataOf,
	filesOfPage,
	foreignReferences,
	isOnDemandPage,
	onDemandPages,
	pageOf,
	precacheList,
	strategyFor,
	type BuildManifest,
	type CacheStrategy
} from './cache-plan';
export { readToWorker, type FromWorker, type PageSelection, type ToWorker } from './messages';
export { offlinePageHtml, titleOfPage, type KeptPage } from './offline-page';
export {
	ForeignVersionError,
	VersionCache,
	eachLimited,
	fetchFresh,
	serverVersion
} from './version-cache';
