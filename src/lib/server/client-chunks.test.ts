import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkFiles } from './client-chunks';

function manifestFile(manifest: object): string {
	const path = join(mkdtempSync(join(tmpdir(), 'capsules-manifest-')), 'manifest.json');
	writeFileSync(path, JSON.stringify(manifest));
	return path;
}

describe('chunkFiles', () => {
	const manifest = manifestFile({
		'src/lib/progress/store.ts': {
			file: '_app/immutable/chunks/store.js',
			isDynamicEntry: true,
			imports: ['_dexie.js', '_shared.js'],
			dynamicImports: ['src/lib/progress/import-code.ts']
		},
		'_dexie.js': { file: '_app/immutable/chunks/dexie.js', imports: ['_shared.js'] },
		'_shared.js': { file: '_app/immutable/chunks/shared.js' },
		'src/lib/progress/import-code.ts': { file: '_app/immutable/chunks/import-code.js' }
	});

	it('lists the chunk and those it imports statically, each once, not its lazy imports', () => {
		expect(chunkFiles('src/lib/progress/store.ts', manifest)).toEqual([
			'_app/immutable/chunks/store.js',
			'_app/immutable/chunks/dexie.js',
			'_app/immutable/chunks/shared.js'
		]);
	});

	it('gives nothing without a client build or without a chunk of that module', () => {
		expect(
			chunkFiles('src/lib/progress/store.ts', join(tmpdir(), 'absent', 'manifest.json'))
		).toEqual([]);
		expect(chunkFiles('src/lib/progress/other.ts', manifest)).toEqual([]);
	});
});
