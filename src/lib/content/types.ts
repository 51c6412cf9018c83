/** A note beside the transcription, rendered at build time. */
export interface RenderedNote {
	html: string;
	source?: string;
	date?: string;
	/** The transcription paragraph it is about, when it names one. */
	passageId?: string;
}

/** One transcription paragraph with its stable anchor and the notes about it. */
export interface TranscriptParagraph {
	id: string;
	html: string;
	/** Plain text, to resolve quotations (quiz passages, notes). */
	text: string;
	notes: RenderedNote[];
	/** The video time of this paragraph (seconds), when the author gave one. */
	at?: number;
}

/** A chapter of the video, listed under it. */
export interface VideoChapter {
	/** Seconds. */
	at: number;
	title: string;
}

/** A module as pages receive it: validated, rendered, serialisable. */
export interface ContentModule {
	slug: string;
	/** Source file, relative to the project (for messages). */
	file: string;
	area: string;
	title: string;
	description: string;
	order?: number;
	duration?: number;
	/** The author's address for « Signaler un problème », when it is not the site's. */
	contact?: string;
	/** Objectives rendered as inline HTML. */
	objectives: string[];
	video: {
		/** The embed URL, with PeerTube's API on (`api=1`). */
		embedSrc: string;
		downloadHref: string;
		captionsSrc?: string;
		/** Share of the video (percent) that counts as watched. */
		watchedPercent: number;
		chapters: VideoChapter[];
	};
	introHtml: string;
	transcript: TranscriptParagraph[];
	/** Notes about the module as a whole (not tied to a paragraph). */
	notes: RenderedNote[];
	creditsHtml: string;
	extraSections: { title: string; html: string }[];
}

/** What the catalogue shows of a module. */
export interface ModuleSummary {
	slug: string;
	area: string;
	title: string;
	description: string;
	duration?: number;
	hasQuiz: boolean;
}

/** A module as the catalogue's filters list it: its card and its area's anchor id. */
export interface ListedModule extends ModuleSummary {
	areaId: string;
}

/** The catalogue: areas in order, each with its modules in order. */
export interface CatalogueArea {
	area: string;
	/** An id usable as an HTML anchor ("domaine-1"). */
	id: string;
	modules: ModuleSummary[];
}
