// Checks that need more than one file: the same file name in two folders, two spellings of one
// area, a module page grown too large with its quiz; and the lines of the fields issues name.
import { basename } from 'node:path';
import type { ContentModule } from '../../content/types';
import type { PageQuiz } from '../../quiz/types';
import { anchorId } from './catalogue';
import { lineOfField } from './field-lines';
import type { ContentIssue } from './issues';
import { frenchSize, MAX_MODULE_PAGE_CHARS, textSize } from './limits';

/** An error for each file whose name another file of the same kind already uses, in another folder. */
export function duplicateFileIssues(
	paths: readonly string[],
	extension: string,
	show: (path: string) => string,
	kind: string
): ContentIssue[] {
	const first = new Map<string, string>();
	const issues: ContentIssue[] = [];
	for (const path of paths) {
		const name = basename(path);
		const earlier = first.get(name);
		if (earlier === undefined) {
			first.set(name, path);
			continue;
		}
		issues.push({
			file: show(path),
			field: 'nom du fichier',
			message: `${kind} « ${name.slice(0, -extension.length)} » en double : ${show(earlier)} et ${show(path)} ; un seul serait pris en compte, gardez-en un`,
			severity: 'error'
		});
	}
	return issues;
}

/** Two area names that make the same catalogue anchor (« Domaine 1 », « Domaine-1 »). */
export function areaIssues(
	modules: readonly Pick<ContentModule, 'area' | 'file'>[]
): ContentIssue[] {
	const byId = new Map<string, Pick<ContentModule, 'area' | 'file'>>();
	const issues: ContentIssue[] = [];
	for (const module of modules) {
		const id = anchorId(module.area);
		const earlier = byId.get(id);
		if (!earlier) byId.set(id, module);
		else if (earlier.area !== module.area) {
			issues.push({
				file: module.file,
				field: 'area',
				message: `domaine « ${module.area} » écrit autrement que « ${earlier.area} » (${earlier.file}) : ce serait deux domaines au même nom dans le catalogue ; choisissez une seule écriture`,
				severity: 'error'
			});
		}
	}
	return issues;
}

/** An error when a module page (transcription, sections, notes and quiz) holds too much text. */
export function pageSizeIssue(
	module: ContentModule,
	quiz: PageQuiz | undefined
): ContentIssue | undefined {
	const size = textSize(module, MAX_MODULE_PAGE_CHARS) + textSize(quiz, MAX_MODULE_PAGE_CHARS);
	if (size <= MAX_MODULE_PAGE_CHARS) return undefined;
	return {
		file: module.file,
		field: '',
		message: `module trop gros : sa page porterait plus de ${frenchSize(MAX_MODULE_PAGE_CHARS)} de texte avec son quiz (limite par module, pour les téléphones et le mode hors ligne) ; coupez-le en plusieurs modules`,
		severity: 'error'
	};
}

/** The mark `npm run new-module` leaves wherever the author still has something to write. */
export const PLACEHOLDER = 'À COMPLÉTER';

/** A warning for a file that still holds placeholders (outside comments), with the line of the first one. */
export function placeholderIssue(file: string, source: string): ContentIssue | undefined {
	if (!source.includes(PLACEHOLDER)) return undefined;
	let count = 0;
	let line: number | undefined;
	source.split('\n').forEach((text, index) => {
		if (text.trimStart().startsWith('#') || !text.includes(PLACEHOLDER)) return;
		count += text.split(PLACEHOLDER).length - 1;
		line ??= index + 1;
	});
	if (line === undefined) return undefined;
	return {
		file,
		field: '',
		message: `il reste ${count} « ${PLACEHOLDER} » à remplacer`,
		severity: 'warning',
		line
	};
}

/** Gives each issue about a YAML field without a line the line of that field in its file. */
export function locateAll(
	issues: ContentIssue[],
	sources: Pick<ReadonlyMap<string, string>, 'get'>
): void {
	for (const issue of issues) {
		if (
			issue.line !== undefined ||
			!/^[a-zA-Z]/.test(issue.field) ||
			issue.field === 'nom du fichier'
		)
			continue;
		let source = sources.get(issue.file);
		if (source === undefined) continue;
		if (issue.file.endsWith('.md')) {
			// Only the front matter: a transcription line may look like `title: …`.
			const end = /\n---\s*(\n|$)/.exec(source.slice(3));
			source = end ? source.slice(0, end.index + 3) : '';
		}
		const line = lineOfField(source, issue.field);
		if (line !== undefined) issue.line = line;
	}
}
