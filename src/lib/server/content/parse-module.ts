import type { ContentIssue } from './issues';
import {
	renderInlineMarkdown,
	renderMarkdown,
	renderMarkdownBlocks,
	type RenderedMarkdown
} from './markdown';
import {
	FRONT_MATTER_KEYS,
	moduleFrontMatterSchema,
	type ModuleExtras,
	type ModuleFrontMatter
} from './module-schema';
import { transcriptAnchor } from '../../content/anchors';
import { duplicateSectionIssues, nearSectionHint } from './body-checks';
import { mergeExtras, readFrontMatter } from './front-matter';
import { invisibleCharacter, invisibleMessage } from './invisible';
import { locateIssues } from './field-lines';
import { frenchTypographyHtml } from '../../french';
import { findPassage } from './passage';
import { sameTitle, splitSections } from './sections';
import {
	DEFAULT_WATCHED_PERCENT,
	placeTimecodes,
	readChapters,
	withEmbedApi
} from './video-extras';
import { zodIssuesToContentIssues } from './zod-issues';
import type { ContentModule, RenderedNote, TranscriptParagraph } from '../../content/types';

export { parseExtras } from './front-matter';

const TRANSCRIPTION = 'Transcription';
const CREDITS = 'Crédits';

/** A site-relative link or image target, and the field it was written in. */
export interface LinkUse {
	file: string;
	field: string;
	href: string;
}

/** What parsing one module file gives: the module when it is valid, and every problem found. */
export interface ParsedModule {
	module?: ContentModule;
	issues: ContentIssue[];
	/** Site-relative links and images, checked against the site once every module is known. */
	links: LinkUse[];
}

/** Titles and labels an author cannot see a stray character in. */
function invisibleIssues(file: string, frontMatter: ModuleFrontMatter): ContentIssue[] {
	const fields: [string, string][] = [
		['area', frontMatter.area],
		['title', frontMatter.title],
		['description', frontMatter.description],
		...(frontMatter.objectives ?? []).map((text, i): [string, string] => [
			`objectives.${i + 1}`,
			text
		])
	];
	return fields.flatMap(([field, text]) => {
		const found = invisibleCharacter(text);
		return found
			? [{ file, field, message: invisibleMessage(found), severity: 'error' as const }]
			: [];
	});
}

/**
 * Parses and validates one module: front matter, sections, notes. Every problem is collected;
 * the module is returned only when there is no error.
 */
export function parseModule(
	file: string,
	slug: string,
	source: string,
	sidecar?: { file: string; extras: ModuleExtras }
): ParsedModule {
	const { data, body, yamlText, bodyOffset, issues } = readFrontMatter(file, source);
	const links: LinkUse[] = [];
	const result = data === undefined ? undefined : moduleFrontMatterSchema.safeParse(data);
	if (result && !result.success) {
		const zodIssues = zodIssuesToContentIssues(file, result.error, data, {
			allowedKeys: FRONT_MATTER_KEYS
		});
		issues.push(...locateIssues(zodIssues, yamlText));
	}
	if (result?.success) issues.push(...locateIssues(invisibleIssues(file, result.data), yamlText));

	const { intro, sections } = splitSections(body);
	issues.push(...duplicateSectionIssues(file, sections, bodyOffset));
	const transcription = sections.find((section) => sameTitle(section.title, TRANSCRIPTION));
	const credits = sections.find((section) => sameTitle(section.title, CREDITS));
	if (data !== undefined && !transcription) {
		issues.push({
			file,
			field: '## Transcription',
			message: `section manquante : la transcription complète de la vidéo est obligatoire (RGAA 4.1)${nearSectionHint(body, TRANSCRIPTION, bodyOffset)}`,
			severity: 'error'
		});
	} else if (transcription && !transcription.markdown) {
		issues.push({
			file,
			field: '## Transcription',
			message: 'section vide',
			severity: 'error',
			line: transcription.line + bodyOffset
		});
	}
	if (data !== undefined && !credits) {
		issues.push({
			file,
			field: '## Crédits',
			message: `section absente : indiquez les auteurs et la licence de la vidéo${nearSectionHint(body, CREDITS, bodyOffset)}`,
			severity: 'warning'
		});
	}

	/** Keeps a rendering's warnings and relative targets, under `field`. */
	const keep = (field: string, rendered: Pick<RenderedMarkdown, 'warnings' | 'targets'>) => {
		for (const message of rendered.warnings)
			issues.push({ file, field, message, severity: 'warning' });
		for (const href of rendered.targets) links.push({ file, field, href });
	};
	const transcript = renderMarkdownBlocks(transcription?.markdown ?? '');
	keep('## Transcription', transcript);

	if (!result?.success || issues.some((issue) => issue.severity === 'error'))
		return { issues, links };

	const { merged, issues: mergeIssues } = mergeExtras(file, result.data, sidecar);
	issues.push(...mergeIssues);

	const paragraphs: TranscriptParagraph[] = transcript.blocks.map((block) => ({
		id: '',
		html: block.html,
		text: block.text,
		notes: [] as RenderedNote[]
	}));
	paragraphs.forEach((paragraph, index) => (paragraph.id = transcriptAnchor(index)));
	const generalNotes: RenderedNote[] = [];
	// One array for every note, so that findPassage folds the transcription once.
	const paragraphTexts = paragraphs.map((p) => p.text);
	(merged.notes ?? []).forEach((note, index) => {
		const field = `notes.${index + 1}`;
		const noteFile = sidecar?.extras.notes ? sidecar.file : file;
		const rendered = renderMarkdown(note.text);
		keep(`${field}.text`, rendered);
		const renderedNote: RenderedNote = {
			// Notes are ours, the transcription is the author's: only notes get French typography.
			html: frenchTypographyHtml(rendered.html),
			source: note.source,
			date: note.date
		};
		if (!note.passage) {
			generalNotes.push(renderedNote);
			return;
		}
		const matches = findPassage(paragraphTexts, note.passage);
		if (matches.length === 1) {
			renderedNote.passageId = paragraphs[matches[0]!]!.id;
			paragraphs[matches[0]!]!.notes.push(renderedNote);
		} else {
			issues.push({
				file: noteFile,
				field: `${field}.passage`,
				message:
					matches.length === 0
						? 'citation introuvable dans la transcription (recopiez quelques mots exacts du paragraphe)'
						: `citation ambiguë : elle figure dans ${matches.length} paragraphes, allongez-la`,
				severity: 'error'
			});
		}
	});

	const fileOf = (key: keyof ModuleExtras) => (sidecar?.extras[key] ? sidecar.file : file);
	const timecodes = placeTimecodes(
		paragraphs.map((p) => p.text),
		merged.timecodes ?? [],
		fileOf('timecodes')
	);
	timecodes.at.forEach((at, index) => at !== undefined && (paragraphs[index]!.at = at));
	const chapters = readChapters(merged.chapters ?? [], fileOf('chapters'));
	issues.push(...timecodes.issues, ...chapters.issues);

	const introHtml = renderMarkdown(intro);
	keep('introduction', introHtml);
	const creditsHtml = renderMarkdown(credits?.markdown ?? '', { breaks: true });
	keep('## Crédits', creditsHtml);
	const extraSections = sections
		.filter((section) => section !== transcription && section !== credits)
		.map((section) => {
			const rendered = renderMarkdown(section.markdown);
			keep(`## ${section.title}`, rendered);
			return { title: section.title, html: rendered.html };
		});
	const objectives = (merged.objectives ?? []).map((objective, i) => {
		const rendered = renderInlineMarkdown(objective);
		keep(`objectives.${i + 1}`, rendered);
		return frenchTypographyHtml(rendered.html);
	});

	if (issues.some((issue) => issue.severity === 'error')) return { issues, links };
	return {
		issues,
		links,
		module: {
			slug,
			file,
			area: merged.area,
			title: merged.title,
			description: merged.description,
			order: merged.order,
			duration: merged.duration,
			...(merged.contact ? { contact: merged.contact } : {}),
			objectives,
			video: {
				embedSrc: withEmbedApi(merged.videoEmbedSrc),
				downloadHref: merged.videoDownloadHref,
				captionsSrc: merged.captionsSrc,
				watchedPercent: merged.videoWatchedPercent ?? DEFAULT_WATCHED_PERCENT,
				chapters: chapters.chapters
			},
			introHtml: introHtml.html,
			transcript: paragraphs,
			notes: generalNotes,
			creditsHtml: creditsHtml.html,
			extraSections
		}
	};
}
