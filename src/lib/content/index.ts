// The content capability as pages use it: a rendered module's types, the allowed video hosts, and
// the module page's video and transcription. Reading and validating authors' files is build time
// and lives in src/lib/server/content/.
export type {
	CatalogueArea,
	ContentModule,
	ListedModule,
	ModuleSummary,
	RenderedNote,
	TranscriptParagraph
} from './types';
export { VIDEO_HOSTS, isAllowedVideoUrl, videoFrameSources } from './video-hosts';
export { transcriptAnchor } from './anchors';
export { default as ModuleTranscript } from './ModuleTranscript.svelte';
export { default as ModuleVideo } from './ModuleVideo.svelte';
