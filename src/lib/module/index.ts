// The module page's composition: the video checkbox, the storage notice and the quiz with its
// progress kept in this browser. It joins content, quiz and progress, which do not know each other.
export { default as ModuleProgressSlot } from './ModuleProgressSlot.svelte';
export { default as AuthorPreviewSlot } from './AuthorPreviewSlot.svelte';
