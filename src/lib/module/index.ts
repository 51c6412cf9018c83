// The module page's composition: the video checkbox, the storage notice and the quiz with its
// progress kept in this browser. It joins content, quiz and progress, which do not know each other.
export { default as ModuleProgressSlot } from './ModuleProgressSlot.svelte';
export { default as AuthorPreviewSlot } from './AuthorPreviewSlot.svelte';
export { default as ModuleNav } from './ModuleNav.svelte';
export { default as TranscriptDisclosure } from './TranscriptDisclosure.svelte';
export { default as LearnerState } from './LearnerState.svelte';
export { MODULE_ANCHORS } from './anchors';
export type { ModuleJourney } from './types';
