// Attestations of completion, printable on one A4 page: generated in the learner's browser from
// their own progress, with their name typed on the page (kept locally only if they ask).
export { default as ModuleAttestation } from './ModuleAttestation.svelte';
export { default as ParcoursAttestation } from './ParcoursAttestation.svelte';
export { moduleSuccess, type ModuleSuccess } from './success';
