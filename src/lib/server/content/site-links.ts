// A relative link or image to a file that does not exist passed the check and then killed the
// build with a raw « Error: 404 » from the prerenderer. Each target is resolved here the way the
// browser will, from the module page, and looked up among the site's pages and static files.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from './issues';
import type { LinkUse } from './parse-module';

/** Where the site's own pages and files come from. */
export interface SiteFolders {
	/** Files served as they are (`static/`). */
	staticDir: string;
	/** SvelteKit's pages (`src/routes/`). */
	routesDir: string;
}

const ORIGIN = 'https://capsules.invalid';

/** Route patterns from the page files: `/modules/[slug]` → /^\/modules\/[^/]+$/. */
function routePatterns(routesDir: string): RegExp[] {
	if (!existsSync(routesDir)) return [];
	return readdirSync(routesDir, { recursive: true, encoding: 'utf8' })
		.filter((entry) => /(^|[\\/])\+page(\.server)?\.(svelte|ts|js)$/.test(entry))
		.map((entry) => {
			const segments = entry
				.split(/[\\/]/)
				.slice(0, -1)
				.filter((segment) => !/^\(.*\)$/.test(segment))
				.map((segment) =>
					/^\[.*\]$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
				);
			return new RegExp(`^/${segments.join('/')}$`);
		});
}

function isStaticFile(staticDir: string, path: string): boolean {
	const file = join(staticDir, path);
	return file.startsWith(staticDir) && existsSync(file) && statSync(file).isFile();
}

/**
 * Errors for the links and images of each module page that lead nowhere on the site, and
 * warnings for root-absolute ones (`/fiche.pdf`), which break when the site lives in a sub-folder.
 */
export function linkIssues(
	pages: { slug: string; links: readonly LinkUse[] }[],
	moduleSlugs: ReadonlySet<string>,
	folders: SiteFolders
): ContentIssue[] {
	if (!pages.some((page) => page.links.length > 0)) return [];
	const routes = routePatterns(folders.routesDir);
	const issues: ContentIssue[] = [];
	for (const { slug, links } of pages) {
		for (const { file, field, href } of links) {
			const url = new URL(href, `${ORIGIN}/modules/${slug}`);
			if (url.origin !== ORIGIN) continue;
			let path: string;
			try {
				path = decodeURIComponent(url.pathname).replace(/(.)\/$/, '$1');
			} catch {
				path = url.pathname;
			}
			const moduleLink = /^\/modules\/([^/]+)$/.exec(path);
			const exists = moduleLink
				? moduleSlugs.has(moduleLink[1]!)
				: routes.some((route) => route.test(path)) || isStaticFile(folders.staticDir, path);
			if (!exists) {
				issues.push({
					file,
					field,
					message: `lien ou image vers « ${href} » introuvable : depuis la page du module, il mène à ${path}, qui n’est ni une page du site ni un fichier du dossier static/ ; corrigez le chemin ou ajoutez le fichier dans static${path}`,
					severity: 'error'
				});
			} else if (href.startsWith('/')) {
				issues.push({
					file,
					field,
					message: `lien « ${href} » écrit depuis la racine : il ne marchera plus si le site est publié dans un sous-dossier (BASE_PATH) ; écrivez-le en relatif depuis la page du module (« ..${path} »)`,
					severity: 'warning'
				});
			}
		}
	}
	return issues;
}
