// What is kept of the video, measured through the embed API (table `videoProgress`, key `slug`):
// the intervals actually played, the last position, and when the share watched reached the
// module's threshold. The manual "J'ai regardé la vidéo" stays in the module record.
import { z } from '../validation/zod';
import { capIntervals, MAX_INTERVALS } from '../video/intervals';
import { isoDateSchema, slugSchema } from './records';

const seconds = z.number().check(z.gte(0), z.lt(86_400));

/** The measured video fields, shared by records and export files. */
export const videoFields = {
	/** Seconds, as the embed reports it. */
	duration: z.number().check(z.gt(0), z.lt(86_400)),
	/** Played stretches [start, end], seconds. */
	intervals: z.array(z.tuple([seconds, seconds])).check(z.maxLength(MAX_INTERVALS)),
	/** Where the learner was last (seconds), for "Reprendre la vidéo à …". */
	position: seconds,
	/** The module's threshold (percent) when it was saved. */
	watchedPercent: z.number().check(z.int(), z.gte(50), z.lte(100)),
	/** When the share played reached the threshold; null before. */
	watchedAt: z.nullable(isoDateSchema),
	/** Last save. */
	updatedAt: isoDateSchema
};

/** One module's measured video (table `videoProgress`). */
export const videoRecordSchema = z.object({ slug: slugSchema, ...videoFields });

/** A stored video record. */
export type VideoRecord = z.infer<typeof videoRecordSchema>;
/** The video part of an export file. */
export type ExportVideo = Omit<VideoRecord, 'slug'>;

export type { VideoInput, VideoSummary } from './video-progress';

/** True when the intervals make sense for the duration (each start before its end). */
export function intervalsFit(intervals: readonly (readonly number[])[], duration: number): boolean {
	// A second of slack: the last report may land just past the duration.
	return intervals.every(([start, end]) => start! < end! && end! <= duration + 1);
}

/** The dated fields of an imported video, for the import's date checks. */
export function videoDateFields(video: ExportVideo, at: string): { path: string; value: string }[] {
	const fields = [{ path: `${at}.updatedAt`, value: video.updatedAt }];
	if (video.watchedAt !== null) fields.push({ path: `${at}.watchedAt`, value: video.watchedAt });
	return fields;
}

/** Why an imported video cannot be taken (French), or undefined when it can. */
export function videoImportProblem(
	video: ExportVideo,
	version: number,
	at: string
): string | undefined {
	if (version === 1)
		return `Dans ${at}, le champ « video » n’existe pas dans un fichier de version 1.`;
	if (!intervalsFit(video.intervals, video.duration) || video.position > video.duration + 1) {
		return `Dans ${at}.video, un intervalle lu ou la position dépasse la durée de la vidéo.`;
	}
	return undefined;
}

/** Validates one stored video record; undefined when it is corrupted. */
export function readVideoRecord(
	raw: unknown,
	datesOk: (dates: (string | null)[]) => boolean
): VideoRecord | undefined {
	const parsed = videoRecordSchema.safeParse(raw);
	if (!parsed.success) return undefined;
	const record = parsed.data;
	if (!intervalsFit(record.intervals, record.duration)) return undefined;
	if (!datesOk([record.watchedAt, record.updatedAt])) return undefined;
	return { ...record, intervals: capIntervals(record.intervals) as [number, number][] };
}
