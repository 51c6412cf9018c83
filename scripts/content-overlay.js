// What the Vite content guard shows in the dev server's error overlay: every content error at
// once, the first one located (file, line, column) with the lines around it. Plain JavaScript,
// loaded by vite.config.ts without bundling.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A few lines of `source` around 1-based `line`, numbered, with a caret under `column`.
 * @param {string} source
 * @param {number} line
 * @param {number | undefined} column
 */
export function codeFrame(source, line, column) {
	const lines = source.split(/\r?\n/);
	const first = Math.max(1, line - 2);
	const last = Math.min(lines.length, line + 2);
	const width = String(last).length;
	const out = [];
	for (let n = first; n <= last; n++) {
		// Numbers first, padded on the right: Vite's overlay trims the frame's leading spaces.
		out.push(`${String(n).padEnd(width)} ${n === line ? '>' : ' '} | ${lines[n - 1] ?? ''}`);
		if (n === line && column !== undefined) {
			out.push(`${' '.repeat(width)}   | ${' '.repeat(Math.max(0, column - 1))}^`);
		}
	}
	return out.join('\n');
}

/**
 * The payload of Vite's `error` message for content errors: the report (every error, one per
 * line, with file, line and field) and the place of the first error that has a line.
 * @param {import('../src/lib/server/pipeline.ts').ContentIssue[]} errors
 * @param {string} report
 * @param {string} cwd
 */
export function overlayError(errors, report, cwd = process.cwd()) {
	const located = errors.find((issue) => issue.line !== undefined) ?? errors[0];
	/** @type {{ message: string, stack: string, plugin: string, id?: string, loc?: { file: string, line: number, column: number }, frame?: string }} */
	const err = { message: report, stack: '', plugin: 'capsules-content' };
	if (!located) return err;
	const file = resolve(cwd, located.file);
	err.id = file;
	if (located.line === undefined) return err;
	err.loc = { file, line: located.line, column: located.column ?? 1 };
	try {
		err.frame = codeFrame(readFileSync(file, 'utf8'), located.line, located.column);
	} catch {
		// The file vanished between the check and now: the message still names it.
	}
	return err;
}
