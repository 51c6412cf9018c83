// Zod compiles fast validators with `new Function`; our CSP has no 'unsafe-eval', so the browser
// would report a violation (zod then falls back). In jitless mode it never tries.
import { config } from 'zod/v4/core';

config({ jitless: true });
