// SCORM 1.2 for the module packages (`npm run package`): finding the LMS's API, the run-time that
// reports a quiz to it, the suspend-data codec and the package-build switch. Pure TypeScript.
export { findScormApi, MAX_API_DEPTH } from './api';
export type { ApiWindow, Scorm12Api } from './api';
export { NO_LMS_NOTICE, STALE_RESUME_NOTICE, ScormRuntime } from './runtime';
export type { LmsNotice, ScormRuntimeOptions } from './runtime';
export { PACKAGED } from './package-mode';
