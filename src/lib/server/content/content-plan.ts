// What a content check reads, in the order it reports: every problem that file names alone show,
// and the files to parse. Parsing is cut into shares by module (a module's extras, page and quiz
// always together), so that `npm run content:check` can parse shares in worker threads and still
// print what one pass would, in the same order.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fnv1a32 } from '../../quiz/shuffle';
import { PARCOURS_DIR } from '../parcours/load-parcours';
import { duplicateFileIssues } from './collection-checks';
import type { ContentIssue } from './issues';
import { SLUG_PATTERN } from './module-schema';

export const MODULE_EXT = '.md';
export const EXTRAS_EXT = '.extras.yaml';
export const QUIZ_EXT = '.yaml';

/** Where authors' files are read from. */
export interface ContentDirs {
	contentDir: string;
	quizzesDir: string;
	/** Paths in messages are shown relative to this folder. */
	cwd?: string;
	/** The site's static files, for relative links and images (`static/` by default). */
	staticDir?: string;
	/** The site's pages, for relative links (`src/routes/` by default). */
	routesDir?: string;
}

/** A file to read and parse, for the module `slug`. */
export interface FileStep {
	kind: 'extras' | 'module' | 'quiz';
	path: string;
	slug: string;
}

/** Problems known from the file names alone, or a file to parse, in reporting order. */
export type PlanStep = { kind: 'issues'; issues: ContentIssue[] } | FileStep;

/** Everything a check will read, and in which order its problems are reported. */
export interface ContentPlan {
	dirs: Required<ContentDirs>;
	parcoursDir: string;
	/** Sidecar files (`<slug>.extras.yaml`), after a missing content folder and duplicate names. */
	extras: PlanStep[];
	/** Module pages, with the names that cannot be modules. */
	modules: PlanStep[];
	/** Quizzes, with duplicate and ignored names. */
	quizzes: PlanStep[];
	/** A warning for each module without a quiz, reported after the quizzes. */
	missingQuizzes: ContentIssue[];
	/** Each module's slug and displayed file, in catalogue-file order. */
	bySlug: [slug: string, file: string][];
}

function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((entry) => join(dir, entry))
		.filter((path) => statSync(path).isFile())
		.sort();
}

function slugOf(path: string, extension: string): string {
	return basename(path).slice(0, -extension.length);
}

/** A path as messages show it: relative to the folder the check runs from. */
export function displayPath(cwd: string, path: string): string {
	return relative(cwd, path) || path;
}

/** Lists the authors' files and what their names alone say (a bad name, a duplicate…). */
export function planContent({
	contentDir,
	quizzesDir,
	cwd = process.cwd(),
	staticDir = resolve('static'),
	routesDir = resolve('src/routes')
}: ContentDirs): ContentPlan {
	const show = (path: string) => displayPath(cwd, path);
	const issue = (
		file: string,
		field: string,
		message: string,
		severity: ContentIssue['severity']
	): PlanStep => ({ kind: 'issues', issues: [{ file, field, message, severity }] });

	const extras: PlanStep[] = [];
	if (!existsSync(contentDir))
		extras.push(issue(show(contentDir), '', 'dossier introuvable', 'error'));
	const parcoursDir = join(contentDir, PARCOURS_DIR);
	const contentFiles = listFiles(contentDir).filter((path) => !path.startsWith(parcoursDir + sep));
	const extrasPaths = contentFiles.filter((p) => p.endsWith(EXTRAS_EXT));
	extras.push({
		kind: 'issues',
		issues: duplicateFileIssues(extrasPaths, EXTRAS_EXT, show, 'fichier d’extras')
	});
	for (const path of extrasPaths)
		extras.push({ kind: 'extras', path, slug: slugOf(path, EXTRAS_EXT) });

	const modules: PlanStep[] = [];
	const bySlug = new Map<string, string>();
	for (const path of contentFiles) {
		const file = show(path);
		if (path.endsWith(EXTRAS_EXT)) continue;
		if (!path.endsWith(MODULE_EXT)) {
			modules.push(issue(file, '', 'fichier ignoré : un module est un fichier .md', 'warning'));
			continue;
		}
		const slug = slugOf(path, MODULE_EXT);
		if (!SLUG_PATTERN.test(slug)) {
			modules.push(
				issue(
					file,
					'nom du fichier',
					`« ${slug} » n’est pas un identifiant valable : minuscules sans accent, chiffres et tirets simples (ex. messagerie-academique.md)`,
					'error'
				)
			);
			continue;
		}
		const previous = bySlug.get(slug);
		if (previous) {
			modules.push(
				issue(
					file,
					'nom du fichier',
					`le module « ${slug} » existe déjà dans ${previous} : deux modules ne peuvent pas avoir le même nom de fichier`,
					'error'
				)
			);
			continue;
		}
		bySlug.set(slug, file);
		modules.push({ kind: 'module', path, slug });
	}

	const quizPaths = listFiles(quizzesDir);
	const quizzes: PlanStep[] = [
		{
			kind: 'issues',
			issues: duplicateFileIssues(
				quizPaths.filter((p) => p.endsWith(QUIZ_EXT)),
				QUIZ_EXT,
				show,
				'quiz'
			)
		}
	];
	const quizSlugs = new Set<string>();
	for (const path of quizPaths) {
		if (!path.endsWith(QUIZ_EXT)) {
			quizzes.push(
				issue(show(path), '', 'fichier ignoré : un quiz est un fichier .yaml', 'warning')
			);
			continue;
		}
		const slug = slugOf(path, QUIZ_EXT);
		if (quizSlugs.has(slug)) continue;
		quizSlugs.add(slug);
		quizzes.push({ kind: 'quiz', path, slug });
	}
	const missingQuizzes: ContentIssue[] = [];
	for (const [slug, file] of bySlug) {
		if (!quizSlugs.has(slug)) {
			missingQuizzes.push({
				file,
				field: '',
				message: `pas de quiz : ajoutez ${show(join(quizzesDir, `${slug}${QUIZ_EXT}`))} pour que l’apprenant puisse s’évaluer`,
				severity: 'warning'
			});
		}
	}

	return {
		dirs: { contentDir, quizzesDir, cwd, staticDir, routesDir },
		parcoursDir,
		extras,
		modules,
		quizzes,
		missingQuizzes,
		bySlug: [...bySlug]
	};
}

/** The share a module's files belong to, among `count` (the same for its extras, page and quiz). */
export function shareOfSlug(slug: string, count: number): number {
	return fnv1a32(slug) % count;
}
