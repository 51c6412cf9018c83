import matter from 'gray-matter';
import type { ContentIssue } from './issues';
import { moduleExtrasSchema, type ModuleExtras, type ModuleFrontMatter } from './module-schema';
import { hashCommentIssues, parseYaml, yamlIssue, YamlSyntaxError } from './yaml';
import { zodIssuesToContentIssues } from './zod-issues';

/** A module file split into its front matter (parsed) and its Markdown body. */
export interface FrontMatter {
	data?: unknown;
	body: string;
	/** The YAML text between the `---` lines, as in the file (its line 1 is the file's line 1). */
	yamlText: string;
	/** Lines of the file before the body: body line n is file line n + bodyOffset. */
	bodyOffset: number;
	issues: ContentIssue[];
}

/** Reads the front matter; a missing block or a YAML error is reported, never thrown. */
export function readFrontMatter(file: string, source: string): FrontMatter {
	if (!matter.test(source)) {
		return {
			body: source,
			yamlText: '',
			bodyOffset: 0,
			issues: [
				{
					file,
					field: '',
					message:
						'pas d’en-tête (front matter) : le fichier doit commencer par une ligne « --- », les champs, puis « --- »',
					severity: 'error',
					line: 1
				}
			]
		};
	}
	let yamlText = '';
	try {
		const parsed = matter(source, {
			engines: {
				yaml: (text: string) => {
					yamlText = text;
					return parseYaml(text) as object;
				}
			}
		});
		const body = parsed.content;
		const head = source.endsWith(body) ? source.slice(0, source.length - body.length) : '';
		return {
			data: parsed.data ?? {},
			body,
			yamlText,
			bodyOffset: head.split('\n').length - 1,
			issues: hashCommentIssues(file, yamlText, 'front matter')
		};
	} catch (error) {
		if (error instanceof YamlSyntaxError) {
			// gray-matter hands the YAML over with the opening `---` line's newline, so lines already match the file.
			return {
				body: '',
				yamlText,
				bodyOffset: 0,
				issues: [yamlIssue(file, 'front matter', error)]
			};
		}
		throw error;
	}
}

/** Validates an optional `<slug>.extras.yaml` sidecar against the extras schema. */
export function parseExtras(
	file: string,
	source: string
): { extras?: ModuleExtras; issues: ContentIssue[] } {
	let data: unknown;
	try {
		data = parseYaml(source) ?? {};
	} catch (error) {
		if (error instanceof YamlSyntaxError) return { issues: [yamlIssue(file, '', error)] };
		throw error;
	}
	const issues = hashCommentIssues(file, source);
	const result = moduleExtrasSchema.safeParse(data);
	if (!result.success) {
		const errors = zodIssuesToContentIssues(file, result.error, data, {
			allowedKeys: Object.keys(moduleExtrasSchema.shape)
		});
		return { issues: [...issues, ...errors] };
	}
	return { extras: result.data, issues };
}

/** Merges a sidecar's extras into the front matter; a field may be defined in one place only. */
export function mergeExtras(
	file: string,
	frontMatter: ModuleFrontMatter,
	extras: { file: string; extras: ModuleExtras } | undefined
): { merged: ModuleFrontMatter; issues: ContentIssue[] } {
	if (!extras) return { merged: frontMatter, issues: [] };
	const issues: ContentIssue[] = [];
	for (const key of Object.keys(extras.extras)) {
		if (key in frontMatter) {
			issues.push({
				file: extras.file,
				field: key,
				message: `déjà défini dans ${file} : gardez-le à un seul endroit`,
				severity: 'error'
			});
		}
	}
	return { merged: { ...frontMatter, ...extras.extras }, issues };
}
