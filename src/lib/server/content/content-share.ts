// Reads and parses one share of a content plan: each module's extras, page and quiz (they depend on
// one another), then the checks that need only that module. Issues get their lines here, from the
// texts just read; what needs every module is load-content.ts's.
import type { ContentModule } from '../../content/types';
import type { PageQuiz } from '../../quiz/types';
import { validateQuizSource } from '../quiz/validate-quiz';
import { locateAll, pageSizeIssue, placeholderIssue } from './collection-checks';
import { displayPath, shareOfSlug, type ContentPlan, type FileStep } from './content-plan';
import type { ContentIssue } from './issues';
import type { ModuleExtras } from './module-schema';
import { parseExtras, parseModule, type LinkUse } from './parse-module';
import { readAuthorFile } from './read-source';

/** What the checks across modules need of a module: a parsed one, or its summary from a worker. */
export type ModuleSummary = Pick<ContentModule, 'slug' | 'title' | 'area' | 'file'>;

/** What one file gave. */
export interface StepResult<M = ContentModule, Q = PageQuiz> {
	/** Its own problems, in the order found (reading, placeholders, parsing). */
	issues: ContentIssue[];
	/** An extras file that became its module's sidecar (the first that parsed, per slug). */
	sidecar?: boolean;
	module?: M;
	quiz?: Q;
	/** The links and images of a module page or a quiz, to check once every page is known. */
	links?: LinkUse[];
	/** A module page too large with its quiz. */
	sizeIssue?: ContentIssue;
}

/** What a share gave, by file path. */
export interface ShareResult<M = ContentModule, Q = PageQuiz> {
	steps: Map<string, StepResult<M, Q>>;
	/** The texts read, by displayed path, to give later issues their line. */
	sources: Map<string, string>;
}

/** Which of `count` shares to parse; all files when omitted. */
export interface Share {
	index: number;
	count: number;
}

/** Parses the files of one share (every file without `share`), in the plan's order. */
export function parseShare(plan: ContentPlan, share?: Share): ShareResult {
	const show = (path: string) => displayPath(plan.dirs.cwd, path);
	const mine = (step: FileStep) => !share || shareOfSlug(step.slug, share.count) === share.index;
	const steps = new Map<string, StepResult>();
	const sources = new Map<string, string>();

	/** Reads one file and runs `use` on its text; nothing it holds can stop the other files. */
	const withSource = (
		step: FileStep,
		use: (file: string, source: string, result: StepResult) => void
	) => {
		const file = show(step.path);
		const result: StepResult = { issues: [] };
		steps.set(step.path, result);
		try {
			const read = readAuthorFile(step.path, file);
			result.issues.push(...read.issues);
			if (read.source === undefined) return;
			sources.set(file, read.source);
			const todo = placeholderIssue(file, read.source);
			if (todo) result.issues.push(todo);
			use(file, read.source, result);
		} catch (caught) {
			const reason = caught instanceof Error ? caught.message : String(caught);
			result.issues.push({
				file,
				field: '',
				message: `fichier illisible (${reason.slice(0, 200)})`,
				severity: 'error'
			});
		}
	};

	const sidecars = new Map<string, { file: string; extras: ModuleExtras }>();
	for (const step of plan.extras) {
		if (step.kind === 'issues' || !mine(step)) continue;
		withSource(step, (file, source, result) => {
			const parsed = parseExtras(file, source);
			result.issues.push(...parsed.issues);
			if (parsed.extras && !sidecars.has(step.slug)) {
				sidecars.set(step.slug, { file, extras: parsed.extras });
				result.sidecar = true;
			}
		});
	}

	const modules = new Map<string, { module: ContentModule; result: StepResult }>();
	for (const step of plan.modules) {
		if (step.kind === 'issues' || !mine(step)) continue;
		withSource(step, (file, source, result) => {
			const parsed = parseModule(file, step.slug, source, sidecars.get(step.slug));
			result.issues.push(...parsed.issues);
			result.links = [...parsed.links];
			if (parsed.module) {
				result.module = parsed.module;
				modules.set(step.slug, { module: parsed.module, result });
			}
		});
	}

	const moduleSlugs = new Set(plan.bySlug.map(([slug]) => slug));
	const transcripts = new Map(
		[...modules].map(([slug, { module }]) => [slug, module.transcript.map((p) => p.text)])
	);
	const quizzes = new Map<string, PageQuiz>();
	for (const step of plan.quizzes) {
		if (step.kind === 'issues' || !mine(step)) continue;
		withSource(step, (file, source, result) => {
			const validated = validateQuizSource(file, source, { moduleSlugs, transcripts });
			result.issues.push(...validated.issues);
			result.links = [...validated.links];
			if (validated.quiz) {
				result.quiz = validated.quiz;
				quizzes.set(step.slug, validated.quiz);
			}
		});
	}

	for (const [slug, { module, result }] of modules) {
		const sizeIssue = pageSizeIssue(module, quizzes.get(slug));
		if (sizeIssue) result.sizeIssue = sizeIssue;
	}
	for (const result of steps.values()) {
		locateAll(result.issues, sources);
		if (result.sizeIssue) locateAll([result.sizeIssue], sources);
	}
	return { steps, sources };
}

/** What a worker sends back of its share: each module's summary, whether a quiz parsed, no text. */
export function summarizeShare(
	share: ShareResult
): Pick<ShareResult<ModuleSummary, true>, 'steps'> {
	const steps = new Map<string, StepResult<ModuleSummary, true>>();
	for (const [path, { module, quiz, ...rest }] of share.steps) {
		steps.set(path, {
			...rest,
			...(module
				? {
						module: { slug: module.slug, title: module.title, area: module.area, file: module.file }
					}
				: {}),
			...(quiz ? { quiz: true as const } : {})
		});
	}
	return { steps };
}
