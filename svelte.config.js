import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The video hosts modules may embed: the one list, shared with the content schema. */
const videoHosts = JSON.parse(
	readFileSync(new URL('./src/lib/content/video-hosts.json', import.meta.url), 'utf8')
);

/** Served from the domain root by default; BASE_PATH=/formation builds for a sub-path. */
const base = process.env.BASE_PATH ?? '';

/** Output folder of the static site (a second build for a sub-path can go elsewhere). */
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: outDir, assets: outDir, fallback: '404.html', strict: true }),
		paths: { base, relative: true },
		// Prerendered pages carry this policy in a <meta> tag, with hashes for SvelteKit's inline
		// scripts; headers for a real deployment (frame-ancestors…) are in the README.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// Compiling WebAssembly only (no eval): the catalogue's search engine, Pagefind, runs in it.
				'script-src': ['self', 'wasm-unsafe-eval'],
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
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		// The commands in scripts/ are TypeScript too: type-checked and linted with the app.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts', '../scripts/**/*.mts');
			}
		}
	}
};

export default config;
