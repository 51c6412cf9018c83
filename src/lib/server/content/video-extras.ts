// The video extras authors may add: `timecodes` (a time for a transcription paragraph, quoted as
// for notes), `chapters`, the share of the video that counts as watched, and the embed URL with
// PeerTube's API switched on. Checked at build time, every problem reported at once.
import { z } from 'zod';
import { parseTimecode } from '../../video/timecode';
import type { ContentIssue } from './issues';
import { findPassage } from './passage';

const TIME_MESSAGE =
	'doit être un temps de la vidéo sous la forme m:ss ou h:mm:ss, entre guillemets (par exemple "1:42")';

/** A time as authors write it: "1:42", "1:02:03". */
export const timecodeSchema = z.string().refine((value) => parseTimecode(value) !== undefined, {
	message: TIME_MESSAGE
});

/** The video fields of a module's extras (front matter or sidecar). */
export const videoExtrasShape = {
	/** A time for transcription paragraphs: the paragraph is quoted as for notes. */
	timecodes: z
		.array(
			z.strictObject({
				passage: z.string().trim().min(1, 'ne doit pas être vide'),
				at: timecodeSchema
			})
		)
		.min(1)
		.optional(),
	/** The video's chapters, listed under it. */
	chapters: z
		.array(
			z.strictObject({
				at: timecodeSchema,
				title: z.string().trim().min(1, 'ne doit pas être vide')
			})
		)
		.min(1)
		.optional(),
	/** Share of the video (percent) that counts as watched; 90 when absent. */
	videoWatchedPercent: z.number().int().min(50).max(100).optional()
};

/** The share watched that counts, when a module does not say. */
export const DEFAULT_WATCHED_PERCENT = 90;

/** What placing timecodes gives: a time per paragraph (or none) and the problems. */
export interface PlacedTimecodes {
	at: (number | undefined)[];
	issues: ContentIssue[];
}

/**
 * Gives each quoted paragraph its time. A quote must match exactly one paragraph, a paragraph
 * gets one time, and times must increase with the text.
 */
export function placeTimecodes(
	paragraphs: readonly string[],
	timecodes: readonly { passage: string; at: string }[],
	file: string
): PlacedTimecodes {
	const at: (number | undefined)[] = paragraphs.map(() => undefined);
	const from: number[] = paragraphs.map(() => -1);
	const issues: ContentIssue[] = [];
	const error = (field: string, message: string) =>
		issues.push({ file, field, message, severity: 'error' });
	timecodes.forEach((timecode, index) => {
		const seconds = parseTimecode(timecode.at);
		const matches = findPassage(paragraphs, timecode.passage);
		if (matches.length !== 1) {
			error(
				`timecodes.${index + 1}.passage`,
				matches.length === 0
					? 'citation introuvable dans la transcription (recopiez quelques mots exacts du paragraphe)'
					: `citation ambiguë : elle figure dans ${matches.length} paragraphes, allongez-la`
			);
			return;
		}
		const paragraph = matches[0]!;
		if (from[paragraph]! >= 0) {
			error(
				`timecodes.${index + 1}.passage`,
				`ce paragraphe a déjà un temps (timecodes.${from[paragraph]! + 1}) : gardez-en un seul`
			);
			return;
		}
		from[paragraph] = index;
		at[paragraph] = seconds;
	});
	let previous: { seconds: number; index: number } | undefined;
	at.forEach((seconds, paragraph) => {
		if (seconds === undefined) return;
		const index = from[paragraph]!;
		if (previous && seconds <= previous.seconds) {
			error(
				`timecodes.${index + 1}.at`,
				`« ${timecodes[index]!.at} » ne vient pas après « ${timecodes[previous.index]!.at} » (timecodes.${previous.index + 1}), placé plus haut dans la transcription : les temps doivent croître avec le texte`
			);
		}
		previous = { seconds, index };
	});
	return { at, issues };
}

/** Chapters as the page shows them; their times must increase down the list. */
export function readChapters(
	chapters: readonly { at: string; title: string }[],
	file: string
): { chapters: { at: number; title: string }[]; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const read = chapters.map((chapter) => ({
		at: parseTimecode(chapter.at)!,
		title: chapter.title
	}));
	read.forEach((chapter, index) => {
		if (index > 0 && chapter.at <= read[index - 1]!.at) {
			issues.push({
				file,
				field: `chapters.${index + 1}.at`,
				message: `« ${chapters[index]!.at} » ne vient pas après le chapitre précédent (« ${chapters[index - 1]!.at} ») : les temps doivent croître`,
				severity: 'error'
			});
		}
	});
	return { chapters: read, issues };
}

/**
 * The embed URL with PeerTube's API on (`api=1`), the author's other parameters kept: the page
 * can then follow the playback and seek.
 */
export function withEmbedApi(embedSrc: string): string {
	const url = new URL(embedSrc);
	url.searchParams.set('api', '1');
	return url.toString();
}
