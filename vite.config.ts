import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { contentGuard } from './scripts/vite-content-guard.js';
import { frenchTypographyPlugin } from './scripts/vite-french-typography.ts';
import { offlineSizes } from './scripts/vite-offline-sizes.js';

export default defineConfig({
	plugins: [
		contentGuard(),
		frenchTypographyPlugin(),
		sveltekit(),
		offlineSizes({ outDir: process.env.BUILD_DIR ?? 'build', base: process.env.BASE_PATH ?? '' })
	],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
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
