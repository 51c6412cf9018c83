import type { ContentIssue } from '../content/issues';
import { renderInlineMarkdown, renderMarkdown, type RenderedMarkdown } from '../content/markdown';
import { hashCommentIssues, parseYaml, yamlIssue, YamlSyntaxError } from '../content/yaml';
import type { LinkUse } from '../content/parse-module';
import { fieldPath, rawQuestionId } from './field-path';
import { contentHash } from './hash';
import { transcriptAnchor } from '../../content/anchors';
import { frenchTypography, frenchTypographyHtml } from '../../french';
import { findPassage } from '../content/passage';
import { locateIssues } from '../content/field-lines';
import { QuestionSchema, QuizFileSchema, type QuizFile, type QuizFileQuestion } from './schema';
import { resultRangeIssues } from './result-messages';
import { questionProblems } from './semantic-checks';
import type { OutcomeFeedback, PageQuiz, Question } from '../../quiz/types';
import { zodIssueMessages } from './zod-messages';

/** What the content loader knows when it validates a quiz. */
export interface QuizValidationContext {
	moduleSlugs: ReadonlySet<string>;
	/** Plain text of each transcription block, per module slug, in page order. */
	transcripts: ReadonlyMap<string, string[]>;
}

/** The module slug a quiz file belongs to: its file name without `.yaml`. */
export function quizSlugFromFile(file: string): string {
	const name = file.split(/[\\/]/).pop() ?? file;
	return name.replace(/\.ya?ml$/i, '');
}

function readYaml(file: string, source: string): { data?: unknown; issue?: ContentIssue } {
	try {
		return { data: parseYaml(source) };
	} catch (caught) {
		if (!(caught instanceof YamlSyntaxError)) throw caught;
		return { issue: yamlIssue(file, '', caught) };
	}
}

/** Renders Markdown and turns its warnings (raw HTML, unsafe link) into issues. */
class Renderer {
	readonly links: LinkUse[] = [];

	constructor(
		private readonly file: string,
		readonly issues: ContentIssue[]
	) {}

	private keep(field: string, rendered: RenderedMarkdown): string {
		for (const warning of rendered.warnings) {
			this.issues.push({ file: this.file, field, message: warning, severity: 'warning' });
		}
		for (const href of rendered.targets) this.links.push({ file: this.file, field, href });
		// Quiz text is what Capsules writes around the video: French typography, authors write plain spaces.
		return frenchTypographyHtml(rendered.html.trim());
	}

	block(field: string, markdown: string): string {
		return this.keep(field, renderMarkdown(markdown));
	}

	inline(field: string, markdown: string): string {
		return this.keep(field, renderInlineMarkdown(markdown));
	}

	outcome(base: string, feedback: { correct: string; incorrect: string }): OutcomeFeedback {
		return {
			correctHtml: this.block(`${base}.feedback.correct`, feedback.correct),
			incorrectHtml: this.block(`${base}.feedback.incorrect`, feedback.incorrect)
		};
	}
}

function pageQuestion(q: QuizFileQuestion, render: Renderer, anchor: string | undefined): Question {
	const base = `questions.${q.id}`;
	const common = {
		id: q.id,
		promptHtml: render.inline(`${base}.prompt`, q.prompt),
		explanationHtml: render.block(`${base}.explanation`, q.explanation),
		...(q.note ? { noteHtml: render.block(`${base}.note`, q.note) } : {}),
		...(anchor ? { passageAnchor: anchor } : {})
	};
	switch (q.type) {
		case 'single':
			return {
				...common,
				type: 'single',
				choices: q.choices.map((c, i) => ({
					id: `c${i + 1}`,
					html: render.inline(`${base}.choices.${i + 1}.text`, c.text),
					correct: c.correct,
					feedbackHtml: render.block(`${base}.choices.${i + 1}.feedback`, c.feedback)
				}))
			};
		case 'multiple':
			return {
				...common,
				type: 'multiple',
				choices: q.choices.map((c, i) => ({
					id: `c${i + 1}`,
					html: render.inline(`${base}.choices.${i + 1}.text`, c.text),
					correct: c.correct
				})),
				feedback: render.outcome(base, q.feedback)
			};
		case 'text':
			return {
				...common,
				type: 'text',
				label: frenchTypography(q.label),
				inputMode: q.inputMode,
				accepted: q.answers,
				tolerances: q.tolerances,
				feedback: render.outcome(base, q.feedback)
			};
		case 'password':
			return {
				...common,
				type: 'password',
				label: frenchTypography(q.label),
				feedback: render.outcome(base, q.feedback)
			};
		case 'ordering':
			return {
				...common,
				type: 'ordering',
				steps: q.steps.map((step, i) => ({
					id: `s${i + 1}`,
					html: render.inline(`${base}.steps.${i + 1}`, step)
				})),
				feedback: render.outcome(base, q.feedback)
			};
	}
}

function questionIdIssues(file: string, data: unknown): ContentIssue[] {
	const raw = (data as { questions?: unknown }).questions;
	if (!Array.isArray(raw)) return [];
	const firstSeen = new Map<string, number>();
	const issues: ContentIssue[] = [];
	raw.forEach((_, index) => {
		const id = rawQuestionId(data, index);
		if (id === undefined) return;
		const first = firstSeen.get(id);
		if (first === undefined) {
			firstSeen.set(id, index);
			return;
		}
		issues.push({
			file,
			field: `questions.${id}.id`,
			message: `identifiant « ${id} » en double : la question n° ${index + 1} reprend celui de la question n° ${first + 1}`,
			severity: 'error'
		});
	});
	return issues;
}

/**
 * Validates one quiz file (YAML) and renders it for the page. Reports every problem found, each
 * naming the file and the field (`questions.<id>.<field>`); `quiz` is set only when there is no error.
 */
export function validateQuizSource(
	file: string,
	source: string,
	context: QuizValidationContext
): { quiz?: PageQuiz; issues: ContentIssue[]; links: LinkUse[] } {
	const slug = quizSlugFromFile(file);
	const issues: ContentIssue[] = [];
	const moduleKnown = context.moduleSlugs.has(slug);
	if (!moduleKnown) {
		issues.push({
			file,
			field: '',
			message: `aucun module « ${slug} » : un quiz porte le nom du module qu’il accompagne (content/${slug}.md)`,
			severity: 'error'
		});
	}

	const { data, issue } = readYaml(file, source);
	if (issue) return { issues: [...issues, issue], links: [] };
	issues.push(...hashCommentIssues(file, source));
	if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
		issues.push({
			file,
			field: '',
			message: 'le fichier doit contenir des clés « passMark » (facultative) et « questions »',
			severity: 'error'
		});
		return { issues, links: [] };
	}

	const parsed = QuizFileSchema.safeParse(data);
	if (!parsed.success) {
		for (const zodIssue of parsed.error.issues) {
			for (const { path, message } of zodIssueMessages(zodIssue, data)) {
				issues.push({ file, field: fieldPath(data, path), message, severity: 'error' });
			}
		}
	}
	issues.push(...questionIdIssues(file, data));

	// Each question on its own, so that one broken question does not hide the others' problems.
	const rawQuestions = (data as { questions?: unknown }).questions;
	const questions: Question[] = [];
	// Rendered even when something else is wrong, so that Markdown warnings show up at once.
	const render = new Renderer(file, issues);
	const transcript = moduleKnown ? context.transcripts.get(slug) : undefined;
	if (Array.isArray(rawQuestions)) {
		rawQuestions.forEach((raw, index) => {
			// The whole file already parsed: no need to parse each question a second time.
			const one = parsed.success
				? { success: true as const, data: parsed.data.questions[index]! }
				: QuestionSchema.safeParse(raw);
			if (!one.success) return;
			const question = one.data;
			const base = `questions.${question.id}`;
			for (const problem of questionProblems(question)) {
				issues.push({
					file,
					field: `${base}.${problem.field}`,
					message: problem.message,
					severity: problem.severity
				});
			}
			let anchor: string | undefined;
			if (question.passage !== undefined && transcript !== undefined) {
				// Shared with the module notes: same matching, same anchors as the transcription.
				const found = findPassage(transcript, question.passage);
				if (found.length === 1) {
					anchor = transcriptAnchor(found[0]!);
				} else {
					issues.push({
						file,
						field: `${base}.passage`,
						message:
							found.length === 0
								? `citation introuvable dans la transcription de content/${slug}.md : recopiez un extrait exact d’un seul paragraphe`
								: `citation présente dans plusieurs paragraphes (${found.map((i) => i + 1).join(', ')}) : allongez-la pour qu’elle n’en désigne qu’un`,
						severity: 'error'
					});
				}
			}
			questions.push(pageQuestion(question, render, anchor));
		});
	}

	if (parsed.success) issues.push(...resultRangeIssues(file, parsed.data.results));
	const resultMessages = parsed.success
		? parsed.data.results?.map((range, i) => ({
				from: range.from,
				to: range.to,
				html: render.block(`results.${i + 1}.message`, range.message)
			}))
		: undefined;

	const { links } = render;
	locateIssues(issues, source);
	if (!parsed.success || issues.some((i) => i.severity === 'error')) return { issues, links };

	const quizFile: QuizFile = parsed.data;
	const quiz: PageQuiz = {
		slug,
		hash: contentHash({ slug, quiz: quizFile }),
		passMark: quizFile.passMark,
		...(resultMessages ? { resultMessages } : {}),
		questions
	};
	return { quiz, issues, links };
}
