import { defineConfig } from 'vitest/config';

// Real-browser journeys against the built site (run `npm run build` first; `npm test` does).
export default defineConfig({
	test: {
		name: 'e2e',
		environment: 'node',
		expect: { requireAssertions: true },
		include: ['tests/e2e/**/*.e2e.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		fileParallelism: false
	}
});
