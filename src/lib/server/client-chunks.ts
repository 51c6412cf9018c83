// Build time: where Vite put a module the browser loads lazily, read from the client build's
// manifest, so that a page that needs it at once can have the browser fetch it with the page's
// own files (a modulepreload) instead of after hydration, without changing how it is chunked.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where SvelteKit's client build leaves Vite's manifest (read while prerendering). */
export const CLIENT_MANIFEST = resolve('.svelte-kit/output/client/.vite/manifest.json');

interface ManifestChunk {
	file: string;
	imports?: string[];
}

/**
 * The files (`_app/immutable/…`, from the site's root) of the chunk built from `source` and of
 * every chunk it imports statically; [] when there is no client build yet or `source` has no
 * chunk of its own (a packaged build inlines everything).
 */
export function chunkFiles(source: string, manifestPath = CLIENT_MANIFEST): string[] {
	if (!existsSync(manifestPath)) return [];
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
	const files = new Set<string>();
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || seen.has(key)) return;
		seen.add(key);
		files.add(chunk.file);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	visit(source);
	return [...files];
}
