export type { ContentIssue } from './issues';
export { formatIssue } from './issues';
export type { CatalogueArea, ContentModule, ModuleSummary, RenderedNote, TranscriptParagraph } from './types';
export { VIDEO_HOSTS, isAllowedVideoUrl, videoFrameSources } from './video-hosts';
export { transcriptAnchor } from './passage';
