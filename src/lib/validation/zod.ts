// The zod of the browser's schemas (zod/mini, tree-shaken), set up where it is imported: zod
// compiles fast validators with `new Function`, which our CSP forbids (no 'unsafe-eval'), so the
// browser would report a violation before zod falls back. Jitless, it never tries. Set here rather
// than in hooks.client.ts, where it put zod's core into every page's first load, schemas or not.
import { config } from 'zod/v4/core';

config({ jitless: true });

export * as z from 'zod/mini';
