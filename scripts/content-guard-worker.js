// The build's content check, run by the Vite content guard in a worker thread of its own: reading,
// validating and rendering every module takes a heap of several hundred MB at 1,000 modules, which
// V8 keeps committed once grown. In Vite's main thread it stayed for the whole build, under the
// bundler, SvelteKit's workers and Pagefind; the worker's heap is freed when the worker ends.
// Receives `{ dirs, folder }`, writes the site snapshot into `folder` when the content has no
// error, and posts back every issue.
import { parentPort, workerData } from 'node:worker_threads';
import { contentPipeline } from './content-pipeline.mjs';

const { loadContent, writeSiteSnapshot } = await contentPipeline();
/** @type {{ dirs: import('../src/lib/server/pipeline.ts').ContentDirs, folder: string }} */
const { dirs, folder } = workerData;
const loaded = loadContent(dirs);
if (!loaded.issues.some((issue) => issue.severity === 'error'))
	writeSiteSnapshot(folder, dirs, loaded);
parentPort?.postMessage(loaded.issues);
