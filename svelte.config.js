import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The video hosts modules may embed: the one list, shared with the content schema. */
const videoHosts = JSON.parse(
	readFileSync(new URL('./src/lib/content/video-hosts.json', import.meta.url), 'utf8')
);

/** Served from the domain root by default; BASE_PATH=/formation builds for a sub-path. */
const base = process.env.BASE_PATH ?? '';

/**
 * `npm run package` builds the pages SCORM packages are made of: no service worker there, and
 * the code inlined in each page (hashed in its CSP), because Chromium refuses module scripts
 * from file://: unzipped and opened from disk, a package still works.
 */
const packaged = process.env.VITE_CAPSULES_PACKAGE === 'scorm';

/** Output folder of the static site (a second build for a sub-path can go elsewhere). */
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// No SPA fallback: 404.html is a prerendered page (src/routes/404/), readable without JavaScript.
		adapter: adapter({ pages: outDir, assets: outDir, strict: true }),
		paths: { base, relative: true },
		serviceWorker: { register: !packaged },
		output: { bundleStrategy: packaged ? 'inline' : 'split' },
		// Prerendered pages carry this policy in a <meta> tag, with hashes for SvelteKit's inline
		// scripts; headers for a real deployment (frame-ancestors…) are in the README.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// Compiling WebAssembly only (no eval): the catalogue's search engine, Pagefind, runs in it.
				// A SCORM package has no catalogue, hence no search: no WebAssembly either.
				'script-src': packaged ? ['self'] : ['self', 'wasm-unsafe-eval'],
				'style-src': ['self'],
				// Inline style attributes only (SvelteKit's route announcer sets one); <style> elements still
				// need a hash, and scripts have no 'unsafe-inline' at all.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'media-src': ['self'],
				'frame-src': videoHosts.map((host) => `https://${host}`),
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*'],
			// A site with no quiz or no parcours has no attestation to prerender; any other unseen
			// route is a mistake.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => !route.startsWith('/attestation/'))) throw new Error(message);
			}
		},
		// The commands in scripts/ are TypeScript too: type-checked and linted with the app.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../scripts/**/*.mts');
			}
		}
	}
};

export default config;
