import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { loadParcours, PARCOURS_DIR } from '../parcours/load-parcours';
import { validateQuizSource } from '../quiz/validate-quiz';
import type { Parcours } from '../../parcours/types';
import type { PageQuiz } from '../../quiz/types';
import type { ContentIssue } from './issues';
import type { ModuleExtras } from './module-schema';
import { parseExtras, parseModule } from './parse-module';
import { SLUG_PATTERN } from './module-schema';
import type { ContentModule } from '../../content/types';

const MODULE_EXT = '.md';
const EXTRAS_EXT = '.extras.yaml';
const QUIZ_EXT = '.yaml';

/** Where authors' files are read from. */
export interface ContentDirs {
	contentDir: string;
	quizzesDir: string;
	/** Paths in messages are shown relative to this folder. */
	cwd?: string;
}

/** Everything the site is built from, or every reason it cannot be. */
export interface LoadedContent {
	modules: ContentModule[];
	quizzes: Map<string, PageQuiz>;
	/** `content/parcours/*.yaml`, in catalogue order. */
	parcours: Parcours[];
	issues: ContentIssue[];
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

/**
 * Reads, validates and renders every module and quiz. Never throws on bad content: every
 * problem in every file comes back as a ContentIssue, so authors see them all at once.
 */
export function loadContent({
	contentDir,
	quizzesDir,
	cwd = process.cwd()
}: ContentDirs): LoadedContent {
	const issues: ContentIssue[] = [];
	const show = (path: string) => relative(cwd, path) || path;
	const error = (file: string, field: string, message: string) =>
		issues.push({ file, field, message, severity: 'error' });

	if (!existsSync(contentDir)) error(show(contentDir), '', 'dossier introuvable');
	const parcoursDir = join(contentDir, PARCOURS_DIR);
	const contentFiles = listFiles(contentDir).filter((path) => !path.startsWith(parcoursDir + sep));

	const sidecars = new Map<string, { file: string; extras: ModuleExtras }>();
	for (const path of contentFiles.filter((p) => p.endsWith(EXTRAS_EXT))) {
		const file = show(path);
		const parsed = parseExtras(file, readFileSync(path, 'utf8'));
		issues.push(...parsed.issues);
		if (parsed.extras) sidecars.set(slugOf(path, EXTRAS_EXT), { file, extras: parsed.extras });
	}

	const bySlug = new Map<string, string>();
	const modules: ContentModule[] = [];
	for (const path of contentFiles) {
		const file = show(path);
		if (path.endsWith(EXTRAS_EXT)) continue;
		if (!path.endsWith(MODULE_EXT)) {
			issues.push({
				file,
				field: '',
				message: 'fichier ignoré : un module est un fichier .md',
				severity: 'warning'
			});
			continue;
		}
		const slug = slugOf(path, MODULE_EXT);
		if (!SLUG_PATTERN.test(slug)) {
			error(
				file,
				'nom du fichier',
				`« ${slug} » n’est pas un identifiant valable : minuscules sans accent, chiffres et tirets simples (ex. messagerie-academique.md)`
			);
			continue;
		}
		const previous = bySlug.get(slug);
		if (previous) {
			error(
				file,
				'nom du fichier',
				`le module « ${slug} » existe déjà dans ${previous} : deux modules ne peuvent pas avoir le même nom de fichier`
			);
			continue;
		}
		bySlug.set(slug, file);
		const parsed = parseModule(file, slug, readFileSync(path, 'utf8'), sidecars.get(slug));
		issues.push(...parsed.issues);
		if (parsed.module) modules.push(parsed.module);
	}
	for (const [slug, sidecar] of sidecars) {
		if (!bySlug.has(slug))
			error(sidecar.file, '', `aucun module ${slug}.md ne correspond à ce fichier`);
	}

	const quizzes = new Map<string, PageQuiz>();
	const transcripts = new Map(modules.map((m) => [m.slug, m.transcript.map((p) => p.text)]));
	const moduleSlugs = new Set(bySlug.keys());
	const quizSlugs = new Set<string>();
	for (const path of listFiles(quizzesDir)) {
		const file = show(path);
		if (!path.endsWith(QUIZ_EXT)) {
			issues.push({
				file,
				field: '',
				message: 'fichier ignoré : un quiz est un fichier .yaml',
				severity: 'warning'
			});
			continue;
		}
		quizSlugs.add(slugOf(path, QUIZ_EXT));
		const result = validateQuizSource(file, readFileSync(path, 'utf8'), {
			moduleSlugs,
			transcripts
		});
		issues.push(...result.issues);
		if (result.quiz) quizzes.set(slugOf(path, QUIZ_EXT), result.quiz);
	}
	for (const [slug, file] of bySlug) {
		if (!quizSlugs.has(slug)) {
			issues.push({
				file,
				field: '',
				message: `pas de quiz : ajoutez ${show(join(quizzesDir, `${slug}${QUIZ_EXT}`))} pour que l’apprenant puisse s’évaluer`,
				severity: 'warning'
			});
		}
	}
	// A module with errors of its own still exists for a parcours (its errors stop the build anyway).
	const listed = new Map([...bySlug.keys()].map((slug) => [slug, { slug, title: slug, area: '' }]));
	for (const { slug, title, area } of modules) listed.set(slug, { slug, title, area });
	const parcours = loadParcours(parcoursDir, listed, show);
	issues.push(...parcours.issues);
	return { modules, quizzes, parcours: parcours.parcours, issues };
}
