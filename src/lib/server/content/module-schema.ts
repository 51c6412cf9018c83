import { z } from 'zod';
import { VIDEO_HOSTS, isAllowedVideoUrl } from '../../content/video-hosts';
import { videoExtrasShape } from './video-extras';

/** A slug is the file name of a module: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, 'ne doit pas être vide');

const httpsUrl = z.string().refine(
	(value) => {
		try {
			return new URL(value).protocol === 'https:';
		} catch {
			return false;
		}
	},
	{ message: 'doit être une adresse https:// complète' }
);

const videoUrl = z.string().refine(isAllowedVideoUrl, {
	message: `doit être une adresse https:// sur un hébergeur vidéo autorisé (${VIDEO_HOSTS.join(', ')}), sans « :port » ni « identifiant@ »`
});

/** A correction or update shown beside the verbatim transcription, never inside it. */
export const noteSchema = z.strictObject({
	/** A short verbatim quotation of the transcription paragraph the note is about. */
	passage: text.optional(),
	/** The note itself, in Markdown. */
	text,
	/** Where the newer fact comes from. */
	source: httpsUrl.optional(),
	/** When the note was checked, YYYY-MM-DD. */
	date: z.iso.date({ message: 'doit être une date AAAA-MM-JJ' }).optional()
});

/**
 * Optional extras an author may add. They can live in the front matter, or in the sidecar
 * `content/<slug>.extras.yaml` for modules whose licence forbids editing their file (CC BY-ND).
 */
export const moduleExtrasSchema = z.strictObject({
	/** Estimated time to complete the module, in minutes. */
	duration: z.number().int().positive().max(600).optional(),
	/** What the learner will be able to do, one sentence each. */
	objectives: z.array(text).min(1).optional(),
	/** A WebVTT captions file for the video (https). */
	captionsSrc: httpsUrl.optional(),
	/** Corrections and updates displayed beside the transcription. */
	notes: z.array(noteSchema).optional(),
	/** Position in its area on the catalogue (smaller first; then by title). */
	order: z.number().int().optional(),
	/** Who receives « Signaler un problème » (the site's contact, capsules.config.json, by default). */
	contact: z.email({ message: 'doit être une adresse électronique (nom@domaine.fr)' }).optional(),
	...videoExtrasShape
});

/** The front matter of `content/<slug>.md`: the seed module's five fields plus the extras. */
export const moduleFrontMatterSchema = z.strictObject({
	area: text,
	title: text,
	description: text,
	videoEmbedSrc: videoUrl,
	videoDownloadHref: httpsUrl,
	...moduleExtrasSchema.shape
});

export type ModuleFrontMatter = z.infer<typeof moduleFrontMatterSchema>;
export type ModuleExtras = z.infer<typeof moduleExtrasSchema>;
export type ModuleNote = z.infer<typeof noteSchema>;

/** Field names accepted in a module's front matter, for messages about unknown keys. */
export const FRONT_MATTER_KEYS = Object.keys(moduleFrontMatterSchema.shape);
