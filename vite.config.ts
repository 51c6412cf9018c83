import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { contentGuard } from './scripts/vite-content-guard.js';
import { frenchTypographyPlugin } from './scripts/vite-french-typography.ts';
import { offlineSizes } from './scripts/vite-offline-sizes.js';
import { searchIndex } from './scripts/vite-search-index.js';

export default defineConfig({
	// searchIndex's and offlineSizes' output folder is svelte.config.js's (BUILD_DIR, `build` by default).
	plugins: [
		contentGuard(),
		frenchTypographyPlugin(),
		sveltekit(),
		searchIndex({ outDir: process.env.BUILD_DIR ?? 'build' }),
		offlineSizes({ outDir: process.env.BUILD_DIR ?? 'build', base: process.env.BASE_PATH ?? '' })
	],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					setupFiles: ['scripts/lib/fuzz-setup.ts'],
					expect: { requireAssertions: true },
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					expect: { requireAssertions: true },
					include: ['src/**/*.svelte.test.ts']
				}
			}
		]
	}
});
