// Finds the line of a field named by its author-facing path (`notes.2.passage`,
// `questions.canal-hierarchie.choices.2.feedback`) in the YAML text it came from, so that
// messages and the dev overlay point at it. Run only for the issues found: never on valid content.
import type { ContentIssue } from './issues';

interface Cursor {
	/** Index of the line where the current node starts. */
	from: number;
	/** Index past the node's last line. */
	to: number;
}

const indentOf = (line: string) => /^[ -]*/.exec(line)![0].length;

/** The lines of the node that starts at `start`: up to the next line indented as little or less. */
function nodeEnd(lines: string[], start: number, to: number): number {
	const indent = /^ */.exec(lines[start]!)![0].length;
	for (let i = start + 1; i < to; i++) {
		const line = lines[i]!;
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (/^ */.exec(line)![0].length <= indent) return i;
	}
	return to;
}

function findKey(lines: string[], at: Cursor, key: string): number | undefined {
	const pattern = new RegExp(
		`^\\s*(?:-\\s+)?['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`
	);
	let shallowest: number | undefined;
	for (let i = at.from; i < at.to; i++) {
		if (!pattern.test(lines[i]!)) continue;
		if (shallowest === undefined || indentOf(lines[i]!) < indentOf(lines[shallowest]!))
			shallowest = i;
	}
	return shallowest;
}

/** The `n`-th (1-based) `- ` item directly inside the node. */
function findItem(lines: string[], at: Cursor, n: number): number | undefined {
	let indent: number | undefined;
	let count = 0;
	for (let i = at.from; i < at.to; i++) {
		const match = /^( *)- /.exec(lines[i]!) ?? /^( *)-$/.exec(lines[i]!);
		if (!match) continue;
		indent ??= match[1]!.length;
		if (match[1]!.length !== indent) continue;
		count += 1;
		if (count === n) return i;
	}
	return undefined;
}

/** The list item of `questions` whose `id` is `id`. */
function findQuestion(lines: string[], at: Cursor, id: string): number | undefined {
	const pattern = new RegExp(`^\\s*(?:-\\s+)?id:\\s*['"]?${id}['"]?\\s*(#.*)?$`);
	for (let i = at.from; i < at.to; i++) {
		if (!pattern.test(lines[i]!)) continue;
		for (let j = i; j >= at.from; j--) if (/^\s*- /.test(lines[j]!)) return j;
		return i;
	}
	return undefined;
}

/** The 1-based line of the field at `path` (dotted, lists counted from 1), or of its nearest known parent. */
export function lineOfField(source: string, field: string): number | undefined {
	if (!field) return undefined;
	const lines = source.split('\n');
	let at: Cursor = { from: 0, to: lines.length };
	let found: number | undefined;
	let parent = '';
	for (const part of field.split('.')) {
		const index = /^\d+$/.test(part)
			? findItem(lines, { from: found === undefined ? 0 : found + 1, to: at.to }, Number(part))
			: parent === 'questions'
				? findQuestion(lines, at, part)
				: findKey(lines, at, part);
		if (index === undefined) break;
		found = index;
		at = { from: index, to: nodeEnd(lines, index, at.to) };
		parent = part;
	}
	return found === undefined ? undefined : found + 1;
}

/** Gives each issue without a line the line of its field in `source` (a YAML text). */
export function locateIssues(issues: ContentIssue[], source: string): ContentIssue[] {
	for (const issue of issues) {
		if (issue.line !== undefined || !issue.field) continue;
		const line = lineOfField(source, issue.field);
		if (line !== undefined) issue.line = line;
	}
	return issues;
}
