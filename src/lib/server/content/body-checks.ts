// Checks on a module's Markdown body that help an author find a section the page cannot use:
// a title given twice, `# Transcription` at the wrong level, « Credit » misspelled.
import type { ContentIssue } from './issues';
import type { BodySection } from './sections';
import { editDistance, fold } from './suggest';

/** A Markdown heading of the body, at any level, outside code blocks. */
interface Heading {
	level: number;
	title: string;
	/** 1-based line in the body. */
	line: number;
}

function headings(body: string): Heading[] {
	const found: Heading[] = [];
	let inFence = false;
	body.split('\n').forEach((line, index) => {
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		const match = inFence ? null : /^(#{1,6})\s*(.+?)\s*#*\s*$/.exec(line);
		if (match) found.push({ level: match[1]!.length, title: match[2]!, line: index + 1 });
	});
	return found;
}

/** Two sections with the same title (case and accents aside) would share one anchor and one key. */
export function duplicateSectionIssues(
	file: string,
	sections: readonly BodySection[],
	bodyOffset: number
): ContentIssue[] {
	const seen = new Map<string, BodySection>();
	const issues: ContentIssue[] = [];
	for (const section of sections) {
		const key = fold(section.title);
		const first = seen.get(key);
		if (!first) {
			seen.set(key, section);
			continue;
		}
		issues.push({
			file,
			field: `## ${section.title}`,
			message: `section en double : « ## ${first.title} » existe déjà ligne ${first.line + bodyOffset} ; réunissez les deux sections, ou donnez-leur des titres différents`,
			severity: 'error',
			line: section.line + bodyOffset
		});
	}
	return issues;
}

/**
 * Why a required section was not found, when a heading nearly names it: wrong level
 * (`# Transcription`) or spelling (`## Credit`). Empty when nothing comes close.
 */
export function nearSectionHint(body: string, wanted: string, bodyOffset: number): string {
	const target = fold(wanted);
	for (const heading of headings(body)) {
		const title = fold(heading.title);
		const close =
			title === target || editDistance(title, target) <= 2 || title.startsWith(target.slice(0, 8));
		if (!close) continue;
		const line = heading.line + bodyOffset;
		const written = `${'#'.repeat(heading.level)} ${heading.title}`;
		return heading.level === 2
			? ` ; ligne ${line}, « ${written} » : écrivez « ## ${wanted} »`
			: ` ; ligne ${line}, « ${written} » est un titre de niveau ${heading.level} : écrivez « ## ${wanted} » (deux « # »)`;
	}
	return '';
}
