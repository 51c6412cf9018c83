// SCORM 1.2 for the module packages (`npm run package`). Every page imports this door for the
// build switch, so it stays light: the switch and API discovery only. The run-time that reports
// a quiz (runtime.ts, with the suspend-data codec and the quiz's grading) is imported by path by
// the one component that uses it, in a chunk of its own, and never reaches the site's pages.
export { findScormApi, MAX_API_DEPTH } from './api';
export type { ApiWindow, Scorm12Api } from './api';
export { PACKAGED } from './package-mode';
