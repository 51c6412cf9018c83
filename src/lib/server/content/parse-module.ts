import matter from 'gray-matter';
import type { ContentIssue } from './issues';
import { renderInlineMarkdown, renderMarkdown, renderMarkdownBlocks } from './markdown';
import {
	FRONT_MATTER_KEYS,
	moduleExtrasSchema,
	moduleFrontMatterSchema,
	type ModuleExtras,
	type ModuleFrontMatter
} from './module-schema';
import { transcriptAnchor } from '../../content/anchors';
import { findPassage } from './passage';
import { sameTitle, splitSections } from './sections';
import { parseYaml, YamlSyntaxError } from './yaml';
import { zodIssuesToContentIssues } from './zod-issues';
import type { ContentModule, RenderedNote } from '../../content/types';

const TRANSCRIPTION = 'Transcription';
const CREDITS = 'Crédits';

/** What parsing one module file gives: the module when it is valid, and every problem found. */
export interface ParsedModule {
	module?: ContentModule;
	issues: ContentIssue[];
}

function yamlIssue(
	file: string,
	field: string,
	error: YamlSyntaxError,
	lineOffset: number
): ContentIssue {
	const line = error.line === undefined ? '' : ` ligne ${error.line + lineOffset}`;
	return {
		file,
		field,
		message: `erreur de syntaxe YAML${line} : ${error.message}`,
		severity: 'error'
	};
}

/** Reads the front matter; a missing block or a YAML error is reported, never thrown. */
function readFrontMatter(
	file: string,
	source: string
): { data?: unknown; body: string; issues: ContentIssue[] } {
	if (!matter.test(source)) {
		return {
			body: source,
			issues: [
				{
					file,
					field: '',
					message:
						'pas d’en-tête (front matter) : le fichier doit commencer par une ligne « --- », les champs, puis « --- »',
					severity: 'error'
				}
			]
		};
	}
	try {
		const parsed = matter(source, {
			engines: { yaml: (text: string) => parseYaml(text) as object }
		});
		return { data: parsed.data ?? {}, body: parsed.content, issues: [] };
	} catch (error) {
		if (error instanceof YamlSyntaxError) {
			// gray-matter hands the YAML over with the opening `---` line's newline, so lines already match the file.
			return { body: '', issues: [yamlIssue(file, 'front matter', error, 0)] };
		}
		throw error;
	}
}

/** Validates an optional `<slug>.extras.yaml` sidecar against the extras schema. */
export function parseExtras(
	file: string,
	source: string
): { extras?: ModuleExtras; issues: ContentIssue[] } {
	let data: unknown;
	try {
		data = parseYaml(source) ?? {};
	} catch (error) {
		if (error instanceof YamlSyntaxError) return { issues: [yamlIssue(file, '', error, 0)] };
		throw error;
	}
	const result = moduleExtrasSchema.safeParse(data);
	if (!result.success) {
		return {
			issues: zodIssuesToContentIssues(file, result.error, data, {
				allowedKeys: Object.keys(moduleExtrasSchema.shape)
			})
		};
	}
	return { extras: result.data, issues: [] };
}

function mergeExtras(
	file: string,
	frontMatter: ModuleFrontMatter,
	extras: { file: string; extras: ModuleExtras } | undefined
): { merged: ModuleFrontMatter; issues: ContentIssue[] } {
	if (!extras) return { merged: frontMatter, issues: [] };
	const issues: ContentIssue[] = [];
	for (const key of Object.keys(extras.extras)) {
		if (key in frontMatter) {
			issues.push({
				file: extras.file,
				field: key,
				message: `déjà défini dans ${file} : gardez-le à un seul endroit`,
				severity: 'error'
			});
		}
	}
	return { merged: { ...frontMatter, ...extras.extras }, issues };
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
	const { data, body, issues } = readFrontMatter(file, source);
	const result = data === undefined ? undefined : moduleFrontMatterSchema.safeParse(data);
	if (result && !result.success) {
		issues.push(
			...zodIssuesToContentIssues(file, result.error, data, { allowedKeys: FRONT_MATTER_KEYS })
		);
	}

	const { intro, sections } = splitSections(body);
	const transcription = sections.find((section) => sameTitle(section.title, TRANSCRIPTION));
	const credits = sections.find((section) => sameTitle(section.title, CREDITS));
	if (data !== undefined && !transcription) {
		issues.push({
			file,
			field: '## Transcription',
			message:
				'section manquante : la transcription complète de la vidéo est obligatoire (RGAA 4.1)',
			severity: 'error'
		});
	} else if (transcription && !transcription.markdown) {
		issues.push({ file, field: '## Transcription', message: 'section vide', severity: 'error' });
	}
	if (data !== undefined && !credits) {
		issues.push({
			file,
			field: '## Crédits',
			message: 'section absente : indiquez les auteurs et la licence de la vidéo',
			severity: 'warning'
		});
	}

	const warn = (field: string) => (message: string) =>
		issues.push({ file, field, message, severity: 'warning' });
	const transcript = renderMarkdownBlocks(transcription?.markdown ?? '');
	transcript.warnings.forEach(warn('## Transcription'));

	if (!result?.success || issues.some((issue) => issue.severity === 'error')) return { issues };

	const { merged, issues: mergeIssues } = mergeExtras(file, result.data, sidecar);
	issues.push(...mergeIssues);

	const paragraphs = transcript.blocks.map((block) => ({
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
		const field = `notes.${index}`;
		const rendered = renderMarkdown(note.text);
		rendered.warnings.forEach(warn(`${field}.text`));
		const renderedNote: RenderedNote = {
			html: rendered.html,
			source: note.source,
			date: note.date
		};
		if (!note.passage) {
			generalNotes.push(renderedNote);
			return;
		}
		const matches = findPassage(paragraphTexts, note.passage);
		const noteFile = sidecar?.extras.notes ? sidecar.file : file;
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

	const introHtml = renderMarkdown(intro);
	introHtml.warnings.forEach(warn('introduction'));
	const creditsHtml = renderMarkdown(credits?.markdown ?? '', { breaks: true });
	creditsHtml.warnings.forEach(warn('## Crédits'));
	const extraSections = sections
		.filter((section) => section !== transcription && section !== credits)
		.map((section) => {
			const rendered = renderMarkdown(section.markdown);
			rendered.warnings.forEach(warn(`## ${section.title}`));
			return { title: section.title, html: rendered.html };
		});

	if (issues.some((issue) => issue.severity === 'error')) return { issues };
	return {
		issues,
		module: {
			slug,
			file,
			area: merged.area,
			title: merged.title,
			description: merged.description,
			order: merged.order,
			duration: merged.duration,
			objectives: (merged.objectives ?? []).map(
				(objective) => renderInlineMarkdown(objective).html
			),
			video: {
				embedSrc: merged.videoEmbedSrc,
				downloadHref: merged.videoDownloadHref,
				captionsSrc: merged.captionsSrc
			},
			introHtml: introHtml.html,
			transcript: paragraphs,
			notes: generalNotes,
			creditsHtml: creditsHtml.html,
			extraSections
		}
	};
}
