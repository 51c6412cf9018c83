import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImports } from './check-imports.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'capsules-imports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let trees = 0;

/** Writes a small src/ tree ({ 'lib/a/x.ts': 'code' }) and returns the problems found in it. */
function problemsIn(files: Record<string, string>): string[] {
	const src = join(scratch, `tree-${++trees}`, 'src');
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(src, path)), { recursive: true });
		writeFileSync(join(src, path), text);
	}
	return checkImports(src);
}

describe('scripts/check-imports.mjs', () => {
	it('finds nothing wrong in the project', () => {
		expect(checkImports('src')).toEqual([]);
	});

	it('reports a folder cycle with the import behind each arrow', () => {
		const problems = problemsIn({
			'lib/content/load.ts': "import { check } from '../quiz/check';\nexport const load = check;",
			'lib/quiz/check.ts':
				"import type { Issue } from '$lib/content/load';\nexport const check = 1;",
			'lib/quiz/types.ts': 'export type Q = string;'
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('folder cycle content → quiz → content');
		expect(problems[0]).toContain('src/lib/content/load.ts imports ../quiz/check');
		expect(problems[0]).toContain('src/lib/quiz/check.ts imports $lib/content/load');
	});

	it('sees imports in Svelte scripts, re-exports and dynamic imports', () => {
		const problems = problemsIn({
			'lib/a/View.svelte':
				'<script lang="ts">\n\timport { b } from \'$lib/b\';\n</script>\n<p>{b}</p>',
			'lib/b/index.ts': "export * from '../c/c';",
			'lib/c/c.ts': "export const later = () => import('../a/View.svelte');"
		});
		expect(problems).toEqual([expect.stringContaining('folder cycle a → b → c → a')]);
	});

	it('accepts arrows that run one way', () => {
		expect(
			problemsIn({
				'routes/+page.svelte': "<script>\n\timport { Slot } from '$lib/module';\n</script>",
				'lib/module/index.ts': "export * from '../quiz';\nexport * from '../progress';",
				'lib/quiz/index.ts': "export * from '../password';\nexport * from '../french';",
				'lib/progress/index.ts': "export * from '../french';",
				'lib/password/index.ts': 'export const rule = 12;',
				'lib/french/index.ts': 'export const plural = 1;'
			})
		).toEqual([]);
	});

	it('refuses Node built-ins and the authoring libraries outside src/lib/server/', () => {
		const problems = problemsIn({
			'lib/content/load.ts': "import { readFileSync } from 'node:fs';\nimport path from 'path';",
			'lib/content/yaml.ts': "import yaml from 'js-yaml';\nimport matter from 'gray-matter';",
			'lib/content/View.svelte': "<script>\n\timport { marked } from 'marked';\n</script>",
			'lib/server/content/load.ts':
				"import { readFileSync } from 'node:fs';\nimport yaml from 'js-yaml';",
			'lib/content/load.test.ts': "import { readFileSync } from 'node:fs';"
		});
		expect(problems.map((p) => p.split(' (')[0])).toEqual([
			'src/lib/content/View.svelte imports marked',
			'src/lib/content/load.ts imports node:fs',
			'src/lib/content/load.ts imports path',
			'src/lib/content/yaml.ts imports js-yaml',
			'src/lib/content/yaml.ts imports gray-matter'
		]);
	});

	it('makes browser code take zod from $lib/validation/zod, which sets it jitless', () => {
		const problems = problemsIn({
			'lib/progress/records.ts': "import * as z from 'zod/mini';",
			'lib/quiz/snapshot.ts': "import { z } from 'zod';",
			'lib/progress/export.ts':
				"import fr from 'zod/v4/locales/fr.js';\nimport { z } from '../validation/zod';",
			'lib/validation/zod.ts':
				"import { config } from 'zod/v4/core';\nexport * as z from 'zod/mini';",
			'lib/server/content/schema.ts': "import { z } from 'zod';",
			'lib/progress/records.test.ts': "import * as z from 'zod/mini';"
		});
		expect(problems.map((p) => p.split(':')[0])).toEqual([
			'src/lib/progress/records.ts imports zod/mini',
			'src/lib/quiz/snapshot.ts imports zod'
		]);
	});

	it('refuses the arrows the house forbids without a cycle', () => {
		const problems = problemsIn({
			'lib/progress/store.ts': "import type { QuizResult } from '../quiz/types';",
			'lib/quiz/types.ts': 'export type QuizResult = number;',
			'lib/french/plural.ts': "import { rule } from '../password/rules';",
			'lib/password/rules.ts': 'export const rule = 12;'
		});
		expect(problems).toHaveLength(2);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^progress → quiz is forbidden .*src\/lib\/progress\/store\.ts/),
				expect.stringMatching(/^french → password is forbidden/)
			])
		);
	});

	it('makes pages enter content, quiz, module and server by their door', () => {
		const problems = problemsIn({
			'routes/+page.svelte':
				"<script>\n\timport Quiz from '$lib/quiz/Quiz.svelte';\n\timport { ModuleVideo } from '$lib/content';\n</script>",
			'routes/+page.server.ts': "import { getCatalogue } from '$lib/server/site-index';",
			'routes/+layout.ts': "import { x } from '$lib/offline/x';",
			'lib/quiz/index.ts': '',
			'lib/content/index.ts': '',
			'lib/server/site-index.ts': ''
		});
		expect(problems).toEqual([
			'src/routes/+page.server.ts imports $lib/server/site-index: pages use the door of server/ ($lib/server)',
			'src/routes/+page.svelte imports $lib/quiz/Quiz.svelte: pages use the door of quiz/ ($lib/quiz)'
		]);
	});
});
