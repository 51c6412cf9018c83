// One share of `npm run content:check`, in a worker thread: reads, validates and renders the
// modules of share `index` among `count` and posts back what the checks across modules need
// (content-check.mjs puts the shares together). Receives `{ dirs, index, count }`.
import { parentPort, workerData } from 'node:worker_threads';
import { contentPipeline } from './content-pipeline.mjs';

const { parseShare, planContent, summarizeShare } = await contentPipeline();
/** @type {{ dirs: import('../src/lib/server/pipeline.ts').ContentDirs, index: number, count: number }} */
const { dirs, index, count } = workerData;
parentPort?.postMessage(summarizeShare(parseShare(planContent(dirs), { index, count })));
