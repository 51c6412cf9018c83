// The catalogue door: its card lists (statuses painted after idle, see status-badges.ts) and its
// search and filters (Pagefind for words, the list of every module for filters alone).
export { default as CatalogueFinder } from './CatalogueFinder.svelte';
export { default as ModuleCards } from './ModuleCards.svelte';
export { SEARCH_INDEX_PATH } from './search-engine';
