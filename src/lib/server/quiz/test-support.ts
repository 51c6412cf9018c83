// Test-only helpers (Node): load the real module transcription the way the content loader does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import matter from 'gray-matter';
import { renderMarkdownBlocks } from '../content/markdown';
import type { QuizValidationContext } from './validate-quiz';

/** Repository root (tests run from it). */
export const ROOT = resolve(import.meta.dirname, '../../../..');

/** Plain text of each block of a module's "## Transcription" section. */
export function transcriptBlocks(slug: string): string[] {
	const source = readFileSync(resolve(ROOT, 'content', `${slug}.md`), 'utf8');
	const body = matter(source).content;
	const start = body.indexOf('## Transcription');
	if (start < 0) throw new Error(`pas de section Transcription dans ${slug}`);
	const afterHeading = body.slice(body.indexOf('\n', start) + 1);
	const end = afterHeading.search(/^## /m);
	const section = end < 0 ? afterHeading : afterHeading.slice(0, end);
	return renderMarkdownBlocks(section).blocks.map((block) => block.text);
}

/** A validation context holding the real messagerie module. */
export function messagerieContext(): QuizValidationContext {
	return {
		moduleSlugs: new Set(['messagerie-academique']),
		transcripts: new Map([['messagerie-academique', transcriptBlocks('messagerie-academique')]])
	};
}

/** Reads a file relative to the repository root. */
export function readRepoFile(path: string): string {
	return readFileSync(resolve(ROOT, path), 'utf8');
}
