// What pages use. The service worker has its own door, worker.ts.
export { default as KeepOffline } from './KeepOffline.svelte';
export { formatSize } from './size';
export type { PageSelection } from './messages';
