import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { contentGuard } from './scripts/vite-content-guard.js';
import { frenchTypographyPlugin } from './scripts/vite-french-typography.ts';

export default defineConfig({
	plugins: [contentGuard(), frenchTypographyPlugin(), sveltekit()],
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
