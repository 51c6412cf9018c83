import type { Page } from 'playwright-core';

/**
 * The visible `.button`s whose label does not read as one run of text: on some line, two
 * pieces of the label stand apart, or a line starts away from the button's inner edge. This
 * happens when a flex button makes each text run and element a column of its own.
 */
export function brokenButtonLabels(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const broken: string[] = [];
		for (const button of document.querySelectorAll<HTMLElement>('.button')) {
			const box = button.getBoundingClientRect();
			if (box.width === 0) continue;
			const style = getComputedStyle(button);
			const inner = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
			// Every piece of visible text, one rectangle per line it occupies.
			const pieces: DOMRect[] = [];
			const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (node.parentElement?.closest('.visually-hidden')) continue;
				const range = document.createRange();
				range.selectNodeContents(node);
				pieces.push(...[...range.getClientRects()].filter((rect) => rect.width > 0.5));
			}
			const lines = new Map<number, DOMRect[]>();
			for (const piece of pieces) {
				const key = Math.round(piece.top + piece.height / 2);
				const line = [...lines.keys()].find((top) => Math.abs(top - key) <= 2) ?? key;
				lines.set(line, [...(lines.get(line) ?? []), piece]);
			}
			const label = button.textContent?.replace(/\s+/g, ' ').trim() ?? '';
			for (const line of lines.values()) {
				line.sort((a, b) => a.left - b.left);
				if (Math.abs(line[0]!.left - inner) > 1) broken.push(`${label} (retrait)`);
				for (let i = 1; i < line.length; i++) {
					if (line[i]!.left - line[i - 1]!.right > 1) broken.push(`${label} (écart)`);
				}
			}
		}
		return [...new Set(broken)];
	});
}
