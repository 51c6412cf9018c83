import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A/AA rules, as RGAA 4.1 maps to) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol, which the page's CSP does not govern: the policy
	// stays real while axe runs (an injected <script> tag would be blocked by it).
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
			}
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target }))
		}));
	});
}

/** Asserts that axe finds no violation on the page; a failure lists each one on a line. */
export async function expectNoAxeViolations(page: Page, where = page.url()): Promise<void> {
	const violations = await axeViolations(page);
	const lines = violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(lines, `axe sur ${where}`).toEqual([]);
}
