import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { loadParcours, PARCOURS_DIR } from '../parcours/load-parcours';
import { validateQuizSource } from '../quiz/validate-quiz';
import type { Parcours } from '../../parcours/types';
import type { PageQuiz } from '../../quiz/types';
import {
	areaIssues,
	duplicateFileIssues,
	locateAll,
	pageSizeIssue,
	placeholderIssue
} from './collection-checks';
import type { ContentIssue } from './issues';
import type { ModuleExtras } from './module-schema';
import { parseExtras, parseModule, type LinkUse } from './parse-module';
import { SLUG_PATTERN } from './module-schema';
import { readAuthorFile } from './read-source';
import { linkIssues } from './site-links';
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
	/** The site's static files, for relative links and images (`static/` by default). */
	staticDir?: string;
	/** The site's pages, for relative links (`src/routes/` by default). */
	routesDir?: string;
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
	cwd = process.cwd(),
	staticDir = resolve('static'),
	routesDir = resolve('src/routes')
}: ContentDirs): LoadedContent {
	const issues: ContentIssue[] = [];
	const sources = new Map<string, string>();
	const show = (path: string) => relative(cwd, path) || path;
	const error = (file: string, field: string, message: string) =>
		issues.push({ file, field, message, severity: 'error' });
	/** Reads one file and runs `use` on its text; nothing it holds can stop the other files. */
	const withSource = (path: string, use: (file: string, source: string) => void) => {
		const file = show(path);
		try {
			const read = readAuthorFile(path, file);
			issues.push(...read.issues);
			if (read.source === undefined) return;
			sources.set(file, read.source);
			const todo = placeholderIssue(file, read.source);
			if (todo) issues.push(todo);
			use(file, read.source);
		} catch (caught) {
			const reason = caught instanceof Error ? caught.message : String(caught);
			error(file, '', `fichier illisible (${reason.slice(0, 200)})`);
		}
	};

	if (!existsSync(contentDir)) error(show(contentDir), '', 'dossier introuvable');
	const parcoursDir = join(contentDir, PARCOURS_DIR);
	const contentFiles = listFiles(contentDir).filter((path) => !path.startsWith(parcoursDir + sep));

	const extrasPaths = contentFiles.filter((p) => p.endsWith(EXTRAS_EXT));
	issues.push(...duplicateFileIssues(extrasPaths, EXTRAS_EXT, show, 'fichier d’extras'));
	const sidecars = new Map<string, { file: string; extras: ModuleExtras }>();
	for (const path of extrasPaths) {
		withSource(path, (file, source) => {
			const parsed = parseExtras(file, source);
			issues.push(...parsed.issues);
			const slug = slugOf(path, EXTRAS_EXT);
			if (parsed.extras && !sidecars.has(slug)) sidecars.set(slug, { file, extras: parsed.extras });
		});
	}

	const bySlug = new Map<string, string>();
	const modules: ContentModule[] = [];
	const pages = new Map<string, LinkUse[]>();
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
		withSource(path, (file, source) => {
			const parsed = parseModule(file, slug, source, sidecars.get(slug));
			issues.push(...parsed.issues);
			pages.set(slug, [...parsed.links]);
			if (parsed.module) modules.push(parsed.module);
		});
	}
	for (const [slug, sidecar] of sidecars) {
		if (!bySlug.has(slug))
			error(sidecar.file, '', `aucun module ${slug}.md ne correspond à ce fichier`);
	}

	const quizzes = new Map<string, PageQuiz>();
	const transcripts = new Map(modules.map((m) => [m.slug, m.transcript.map((p) => p.text)]));
	const moduleSlugs = new Set(bySlug.keys());
	const quizSlugs = new Set<string>();
	const quizPaths = listFiles(quizzesDir);
	issues.push(
		...duplicateFileIssues(
			quizPaths.filter((p) => p.endsWith(QUIZ_EXT)),
			QUIZ_EXT,
			show,
			'quiz'
		)
	);
	for (const path of quizPaths) {
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
		const slug = slugOf(path, QUIZ_EXT);
		if (quizSlugs.has(slug)) continue;
		quizSlugs.add(slug);
		withSource(path, (file, source) => {
			const result = validateQuizSource(file, source, { moduleSlugs, transcripts });
			issues.push(...result.issues);
			pages.get(slug)?.push(...result.links);
			if (result.quiz) quizzes.set(slug, result.quiz);
		});
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

	for (const module of modules) {
		const sizeIssue = pageSizeIssue(module, quizzes.get(module.slug));
		if (sizeIssue) issues.push(sizeIssue);
	}
	issues.push(...areaIssues(modules));
	issues.push(
		...linkIssues(
			[...pages].map(([slug, links]) => ({ slug, links })),
			moduleSlugs,
			{ staticDir, routesDir }
		)
	);
	// A module with errors of its own still exists for a parcours (its errors stop the build anyway).
	const listed = new Map([...bySlug.keys()].map((slug) => [slug, { slug, title: slug, area: '' }]));
	for (const { slug, title, area } of modules) listed.set(slug, { slug, title, area });
	const parcours = loadParcours(parcoursDir, listed, show, sources);
	issues.push(...parcours.issues);
	locateAll(issues, sources);
	return { modules, quizzes, parcours: parcours.parcours, issues };
}
