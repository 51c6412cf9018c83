/** Ids of the module page's parts, the targets of its table of contents. */
export const MODULE_ANCHORS = {
	video: 'video',
	/** Set by the transcription's own heading (ModuleTranscript). */
	transcript: 'transcription',
	quiz: 'quiz',
	credits: 'credits'
} as const;
