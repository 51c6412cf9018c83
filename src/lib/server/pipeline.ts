// The build-time pipeline as tools outside SvelteKit run it (`npm run content:check`, the Vite
// content guard): scripts/content-pipeline.mjs bundles this file with esbuild. Nothing here may
// import SvelteKit's `$app/*` modules, which only exist inside Vite.
export { errorReport } from './content/content-error';
export { contentDirsFromEnv } from './content/dirs';
export { formatIssue, type ContentIssue } from './content/issues';
export {
	assembleContent,
	loadContent,
	readSourceFor,
	type ContentDirs,
	type LoadedContent
} from './content/load-content';
export { planContent } from './content/content-plan';
export { parseShare, summarizeShare } from './content/content-share';
export { SNAPSHOT_ENV, readSiteSnapshot, writeSiteSnapshot } from './site-snapshot';
export { searchDocument } from './search/search-document';
