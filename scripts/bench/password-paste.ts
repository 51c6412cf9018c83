// Issue 11: a 100,000-character paste into /mot-de-passe, then keys typed after it, in Chromium on
// the built site. Chromium's own work on a 100,000-character <input> (inserting, laying the line
// out) is the same with or without Capsules, so a bare field is measured too: the budgets apply to
// what the page adds (long tasks after the insertion, script per key), the totals are shown.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { graphemeLength } from '../../src/lib/password/rules';
import { percentile, type BenchRow } from './types';

/** RAIL: a task over 50 ms delays the next input noticeably. */
const LONG_TASK_MS = 50;
/** A key must not cost more than one frame at 60 Hz. */
const FRAME_MS = 16;
const PASTE_LENGTH = 100_000;

/** The e2e test's sample: ASCII, an accented letter and an emoji (the slow case for segmenting). */
export function pasteSample(length = PASTE_LENGTH): string {
	return 'Bonjour2024!é👍'.repeat(Math.ceil(length / 14)).slice(0, length);
}

/**
 * Pastes the way the browser does (paste event, then the value and an insertFromPaste input).
 * Returns the insertion's own work (up to the end of its microtasks and layout) and when it
 * ended, on the page's clock: long tasks are recorded from the paste on.
 */
async function paste(
	page: Page,
	selector: string,
	text: string
): Promise<{ insertion: number; insertedAt: number }> {
	return page.evaluate(
		async ({ selector, value }) => {
			const w = window as unknown as { longTasks: { start: number; duration: number }[] };
			w.longTasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) {
					w.longTasks.push({ start: entry.startTime, duration: entry.duration });
				}
			}).observe({ type: 'longtask' });
			const target = document.querySelector(selector) as HTMLInputElement;
			target.focus();
			const start = performance.now();
			const data = new DataTransfer();
			data.setData('text/plain', value);
			target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
			target.value = value;
			target.dispatchEvent(
				new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' })
			);
			// Svelte flushes in a microtask queued during the input event: these run after it.
			await Promise.resolve();
			await Promise.resolve();
			document.body.getBoundingClientRect();
			const end = performance.now();
			return { insertion: end - start, insertedAt: end };
		},
		{ selector, value: text }
	);
}

/** Waits until the rule verdict covers the whole text and the guessability verdict is in. */
async function settled(page: Page, length: number): Promise<void> {
	await page.waitForFunction(
		(expected) => {
			const item = document.querySelector('[data-rule="length-12"]');
			const guess = document
				.querySelector('[data-guessability]')
				?.getAttribute('data-guessability');
			return (
				item?.textContent?.replace(/\s+/g, ' ').includes(expected) === true &&
				document.querySelector('[data-rules-pending]') === null &&
				guess !== 'pending'
			);
		},
		`(${length.toLocaleString('fr-FR')} saisis)`.replace(/\s+/g, ' '),
		{ timeout: 60_000, polling: 50 }
	);
	await page.waitForTimeout(500);
}

/** Durations of the long tasks that started after the insertion. */
async function longTasksAfter(page: Page, insertedAt: number): Promise<number[]> {
	const tasks = await page.evaluate(
		() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
	);
	return tasks.filter((t) => t.start >= insertedAt).map((t) => t.duration);
}

/** Main-thread task and script time of each key (Chromium's Performance domain, in ms). */
async function keyCosts(page: Page, cdp: CDPSession, keys: number) {
	const metrics = async () => {
		const { metrics } = await cdp.send('Performance.getMetrics');
		return Object.fromEntries(metrics.map((m) => [m.name, m.value * 1000]));
	};
	const task: number[] = [];
	const script: number[] = [];
	for (let k = 0; k < keys; k++) {
		const before = await metrics();
		await page.keyboard.press(k % 3 === 0 ? 'KeyA' : k % 3 === 1 ? 'Digit7' : 'Backspace');
		await page.waitForTimeout(40); // the key's tasks, and the field's debounce timers, run
		const after = await metrics();
		task.push(after['TaskDuration']! - before['TaskDuration']!);
		script.push(after['ScriptDuration']! - before['ScriptDuration']!);
	}
	return { task, script };
}

/** The same paste and keys in a bare `<input type=password>`: Chromium's own share. */
async function bareField(context: BrowserContext, text: string, keys: number) {
	const page = await context.newPage();
	await page.setContent('<input id="nu" type="password">');
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	const { insertion } = await paste(page, '#nu', text);
	await page.waitForTimeout(500);
	const { task } = await keyCosts(page, cdp, keys);
	await page.close();
	return { insertion, task };
}

/** Paste figures for the password section (`page` shows /mot-de-passe, untouched). */
export async function pasteRows(page: Page, quick: boolean): Promise<BenchRow[]> {
	const text = pasteSample();
	const keys = quick ? 10 : 40;
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const pasted = await paste(page, '#mot-de-passe', text);
	await settled(page, graphemeLength(text));
	const after = await longTasksAfter(page, pasted.insertedAt);
	const typed = await keyCosts(page, cdp, keys);
	const bare = await bareField(page.context(), text, keys);
	return [
		{
			// What the page adds: its share of the insertion task, or any later task.
			figure: 'Collage de 100 000 caractères : plus longue tâche due à la page',
			value: Math.max(0, pasted.insertion - bare.insertion, ...after),
			unit: 'ms',
			budget: { max: LONG_TASK_MS }
		},
		{
			figure: 'Collage : plus longue tâche après l’insertion',
			value: Math.max(0, ...after),
			unit: 'ms'
		},
		{
			figure: 'Collage : insertion (Chromium + page)',
			value: pasted.insertion,
			unit: 'ms'
		},
		{
			figure: 'Collage : insertion dans un champ nu (Chromium seul)',
			value: bare.insertion,
			unit: 'ms'
		},
		{
			figure: 'Frappe après le collage : script de la page, max',
			value: Math.max(...typed.script),
			unit: 'ms',
			budget: { max: FRAME_MS }
		},
		{
			figure: 'Frappe après le collage : tâches du fil principal, médiane',
			value: percentile(typed.task, 50),
			unit: 'ms'
		},
		{
			figure: 'Frappe dans un champ nu de 100 000 caractères (Chromium seul), médiane',
			value: percentile(bare.task, 50),
			unit: 'ms'
		}
	];
}
