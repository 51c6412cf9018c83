/** A `## Heading` section of a module body. */
export interface BodySection {
	title: string;
	markdown: string;
	/** 1-based line of the heading in the body. */
	line: number;
}

/** Splits a Markdown body on its level-2 headings; text before the first heading is the intro. */
export function splitSections(body: string): { intro: string; sections: BodySection[] } {
	const lines = body.split(/\r?\n/);
	const sections: BodySection[] = [];
	const intro: string[] = [];
	let current: { title: string; lines: string[]; line: number } | undefined;
	let inFence = false;
	lines.forEach((line, index) => {
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		const heading = inFence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
		if (heading) {
			if (current)
				sections.push({
					title: current.title,
					markdown: current.lines.join('\n').trim(),
					line: current.line
				});
			current = { title: heading[1]!, lines: [], line: index + 1 };
		} else if (current) {
			current.lines.push(line);
		} else {
			intro.push(line);
		}
	});
	if (current)
		sections.push({
			title: current.title,
			markdown: current.lines.join('\n').trim(),
			line: current.line
		});
	return { intro: intro.join('\n').trim(), sections };
}

/** Compares section titles the way authors write them: case and accents do not matter. */
export function sameTitle(a: string, b: string): boolean {
	const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
	return fold(a) === fold(b);
}
