import { resolve } from 'node:path';
import { loadParcours } from '../parcours/load-parcours';
import type { Parcours } from '../../parcours/types';
import type { PageQuiz } from '../../quiz/types';
import { areaIssues, locateAll } from './collection-checks';
import {
	displayPath,
	planContent,
	type ContentDirs,
	type ContentPlan,
	type PlanStep
} from './content-plan';
import { parseShare, type ModuleSummary, type ShareResult, type StepResult } from './content-share';
import type { ContentIssue } from './issues';
import type { LinkUse } from './parse-module';
import { readAuthorFile } from './read-source';
import { linkIssues } from './site-links';
import type { ContentModule } from '../../content/types';

export type { ContentDirs } from './content-plan';

/** Everything the site is built from, or every reason it cannot be. */
export interface LoadedContent {
	modules: ContentModule[];
	quizzes: Map<string, PageQuiz>;
	/** `content/parcours/*.yaml`, in catalogue order. */
	parcours: Parcours[];
	issues: ContentIssue[];
}

/**
 * Puts shares' results together as one pass over every file would have: the same issues in the
 * same order, then the checks across modules (areas, links between pages, parcours). `sourceOf`
 * gives a file's text for the lines of those last issues.
 */
export function assembleContent<M extends ModuleSummary, Q>(
	plan: ContentPlan,
	shares: readonly Pick<ShareResult<M, Q>, 'steps'>[],
	sourceOf: (file: string) => string | undefined
): { modules: M[]; quizzes: Map<string, Q>; parcours: Parcours[]; issues: ContentIssue[] } {
	const { cwd, staticDir, routesDir } = plan.dirs;
	const show = (path: string) => displayPath(cwd, path);
	const resultOf = (path: string): StepResult<M, Q> => {
		for (const share of shares) {
			const result = share.steps.get(path);
			if (result) return result;
		}
		throw new Error(`${path} : aucune part du contrôle ne l’a lu`);
	};
	/** Each file step with its result, once the issues it and the steps before it gave are in `into`. */
	function* walk(steps: PlanStep[], into: ContentIssue[]) {
		for (const step of steps) {
			if (step.kind === 'issues') {
				into.push(...step.issues);
				continue;
			}
			const result = resultOf(step.path);
			into.push(...result.issues);
			yield { step, result };
		}
	}

	const issues: ContentIssue[] = [];
	const sidecarFiles: [slug: string, file: string][] = [];
	for (const { step, result } of walk(plan.extras, issues)) {
		if (result.sidecar) sidecarFiles.push([step.slug, show(step.path)]);
	}

	const modules: M[] = [];
	const pages = new Map<string, LinkUse[]>();
	const sizeIssues: ContentIssue[] = [];
	for (const { step, result } of walk(plan.modules, issues)) {
		if (result.links) pages.set(step.slug, [...result.links]);
		if (result.module) modules.push(result.module);
		if (result.sizeIssue) sizeIssues.push(result.sizeIssue);
	}
	const moduleSlugs = new Set(plan.bySlug.map(([slug]) => slug));
	const collected: ContentIssue[] = [];
	for (const [slug, file] of sidecarFiles) {
		if (!moduleSlugs.has(slug)) {
			collected.push({
				file,
				field: '',
				message: `aucun module ${slug}.md ne correspond à ce fichier`,
				severity: 'error'
			});
		}
	}

	const quizzes = new Map<string, Q>();
	for (const { step, result } of walk(plan.quizzes, collected)) {
		if (result.links) pages.get(step.slug)?.push(...result.links);
		if (result.quiz !== undefined) quizzes.set(step.slug, result.quiz);
	}
	collected.push(...plan.missingQuizzes, ...sizeIssues);
	const across = [
		...areaIssues(modules),
		...linkIssues(
			[...pages].map(([slug, links]) => ({ slug, links })),
			moduleSlugs,
			{ staticDir, routesDir }
		)
	];
	// A module with errors of its own still exists for a parcours (its errors stop the build anyway).
	const listed = new Map(plan.bySlug.map(([slug]) => [slug, { slug, title: slug, area: '' }]));
	for (const { slug, title, area } of modules) listed.set(slug, { slug, title, area });
	const parcoursSources = new Map<string, string>();
	const parcours = loadParcours(plan.parcoursDir, listed, show, parcoursSources);
	across.push(...parcours.issues);
	locateAll(across, { get: (file) => parcoursSources.get(file) ?? sourceOf(file) });
	issues.push(...collected, ...across);
	return { modules, quizzes, parcours: parcours.parcours, issues };
}

/** A file's text as the check reads it, by displayed path (for the lines of late issues). */
export function readSourceFor(cwd: string): (file: string) => string | undefined {
	const read = new Map<string, string | undefined>();
	return (file) => {
		if (!read.has(file)) read.set(file, readAuthorFile(resolve(cwd, file), file).source);
		return read.get(file);
	};
}

/**
 * Reads, validates and renders every module and quiz. Never throws on bad content: every
 * problem in every file comes back as a ContentIssue, so authors see them all at once.
 */
export function loadContent(dirs: ContentDirs): LoadedContent {
	const plan = planContent(dirs);
	const share = parseShare(plan);
	return assembleContent(plan, [share], (file) => share.sources.get(file));
}
