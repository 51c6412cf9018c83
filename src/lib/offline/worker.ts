// The service worker's door into this folder: pure TypeScript only (index.ts also exports Svelte
// components, which a worker cannot load).
export {
	catalogueExtras,
	isModulePage,
	isOnDemandPage,
	onDemandPages,
	pageOf,
	precacheList,
	strategyFor,
	type BuildManifest
} from './cache-plan';
export { readToWorker, type FromWorker, type PageSelection } from './messages';
export { offlinePageHtml, titleOfPage, type KeptPage } from './offline-page';
export {
	ForeignVersionError,
	VersionCache,
	eachLimited,
	fetchFresh,
	serverVersion
} from './version-cache';
