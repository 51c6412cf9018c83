import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * `capsules.config.json`, the one file a host edits: the site's contact, shown in the
 * accessibility statement and used by « Signaler un problème » when a module names no contact.
 */
export const SiteConfigSchema = z.strictObject({
	contact: z.email({ message: 'doit être une adresse électronique (nom@domaine.fr)' })
});

/** The site's settings. */
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** Reads and validates the config file; a bad file stops the build with its field named. */
export function readSiteConfig(
	path = resolve(process.env.CAPSULES_CONFIG ?? 'capsules.config.json')
): SiteConfig {
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`${path}: illisible (${(error as Error).message})`, { cause: error });
	}
	const parsed = SiteConfigSchema.safeParse(data);
	if (!parsed.success) {
		const lines = parsed.error.issues.map(
			(issue) => `${path}: ${issue.path.join('.') || '(fichier)'}: ${issue.message}`
		);
		throw new Error(lines.join('\n'));
	}
	return parsed.data;
}
