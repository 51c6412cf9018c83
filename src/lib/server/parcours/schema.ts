import { z } from 'zod';
import { SLUG_PATTERN } from '../content/module-schema';

const text = z.string().trim().min(1, 'ne doit pas être vide');

/** A parcours file, `content/parcours/<slug>.yaml`: modules to follow in order. */
export const ParcoursFileSchema = z.strictObject({
	/** Shown on the catalogue card and on each module page of the parcours. */
	title: text,
	/** One or two sentences, on the catalogue card. */
	description: text,
	/** Module slugs (file names of `content/<slug>.md`), in the order to follow. */
	modules: z
		.array(
			z.string().regex(SLUG_PATTERN, {
				message: 'doit être le nom d’un module (minuscules sans accent, chiffres et tirets)'
			})
		)
		.min(2),
	/** Position among the parcours on the catalogue (smaller first; then by title). */
	order: z.number().int().optional()
});

/** A parcours file as authored. */
export type ParcoursFile = z.infer<typeof ParcoursFileSchema>;

/** Field names of a parcours file, for messages about unknown keys. */
export const PARCOURS_KEYS = Object.keys(ParcoursFileSchema.shape);
