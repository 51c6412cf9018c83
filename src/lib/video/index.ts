// The video capability: PeerTube's embed API (our own client), played intervals, timecodes, and
// the components that offer to seek. It knows neither content nor progress: content/ shows it,
// module/ saves what it measures through progress/.
export type { Interval } from './intervals';
export { coveredSeconds, unionIntervals, watchedPercent } from './intervals';
export { formatTimecode, parseTimecode } from './timecode';
export {
	pageVideo,
	VideoSession,
	type PlaybackProgress,
	type StoredPlayback
} from './video-session.svelte';
export { default as VideoPanel } from './VideoPanel.svelte';
export { default as VideoTime } from './VideoTime.svelte';
