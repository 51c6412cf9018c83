// Build time only: SvelteKit refuses to ship anything under src/lib/server/ to the browser.
// Pages' `+page.server.ts` load their data here; content:check and the Vite content guard use the
// same pipeline through `pipeline.ts`.
export {
	getCatalogue,
	getModulePage,
	getModuleSlugs,
	getParcours,
	getParcoursSlugs,
	getSiteConfig
} from './site-index';
export { chunkFiles } from './client-chunks';
export {
	getAreaIds,
	getAreaPage,
	getCatalogueOverview,
	getModuleList,
	type AreaPreview
} from './catalogue-pages';
