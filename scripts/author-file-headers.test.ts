// The comments at the top of authors' files (and of the new-module templates) send authors to
// the guide and to the facts: every file they name must exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PATH = /\b((?:docs|content|quizzes|src|scripts)\/[\w./-]*\w)(?:#[\w-]+)?/g;

function files(dir: string, pattern: RegExp): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((entry) => pattern.test(entry))
		.map((entry) => join(dir, entry));
}

const authored = [
	...files('quizzes', /\.yaml$/),
	...files('content', /\.extras\.yaml$/),
	...files('scripts/templates', /\.(md|yaml)$/)
];

describe('paths named in the comments of authors’ files', () => {
	it.each(authored)('%s names only files that exist', (file) => {
		const comments = readFileSync(file, 'utf8')
			.split('\n')
			.filter((line) => line.trimStart().startsWith('#') && !line.trimStart().startsWith('##'))
			.join('\n')
			.replaceAll('{{slug}}', 'messagerie-academique');
		const named = [...comments.matchAll(PATH)].map((match) => match[1]!);
		expect(named.length, 'le fichier ne renvoie à aucun guide').toBeGreaterThan(0);
		const missing = named.filter((path) => !existsSync(path));
		expect(missing).toEqual([]);
	});

	it('covers every quiz', () => {
		expect(authored.filter((file) => file.startsWith('quizzes/')).length).toBeGreaterThan(0);
	});
});
