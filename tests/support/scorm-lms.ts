// The LMS side of the SCORM journeys: a package unzipped under a deep path like Moodle's
// (/pluginfile.php/…/content/1/), framed by tests/fixtures/scorm/lms.html, where scorm-again's
// SCORM 1.2 run-time is `window.API`; all served on loopback by the project's static server.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

const require = createRequire(import.meta.url);

/** Where the package sits on the test LMS, as deep as Moodle serves one. */
export const PACKAGE_PATH = '/pluginfile.php/42/mod_scorm/content/1';

/** One LMS call as the harness logged it. */
export interface LmsCall {
	name: string;
	args: string[];
	result: string;
}

/** What the harness keeps of a session to start the next one from. */
export interface LmsState {
	cmi: Record<string, unknown>;
	exit: string;
}

/** Unzips a package into a fresh folder with the test LMS beside it, and serves both. */
export async function serveLms(zipPath: string): Promise<StaticServer & { root: string }> {
	const root = mkdtempSync(join(tmpdir(), 'capsules-lms-'));
	const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
	for (const [path, bytes] of Object.entries(files)) {
		const target = join(root, PACKAGE_PATH, path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, bytes);
	}
	for (const file of ['lms.html', 'lms.js']) {
		copyFileSync(join('tests/fixtures/scorm', file), join(root, file));
	}
	copyFileSync(require.resolve('scorm-again/scorm12'), join(root, 'scorm12.js'));
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>LMS</title>');
	const server = await startStaticServer({ dir: root });
	return {
		...server,
		root,
		close: async () => {
			await server.close();
			rmSync(root, { recursive: true, force: true });
		}
	};
}

/** Opens the test LMS on a module page; `saved` is the previous session's state, if any. */
export async function openInLms(
	page: Page,
	server: StaticServer,
	slug: string,
	options: { saved?: LmsState; refuse?: string } = {}
): Promise<Frame> {
	if (options.saved) {
		await page.addInitScript((saved) => {
			(window as unknown as { __lmsSaved: unknown }).__lmsSaved = saved;
		}, options.saved);
	}
	const sco = `${PACKAGE_PATH}/modules/${slug}.html`;
	const query = new URLSearchParams({ sco, ...(options.refuse ? { refuse: options.refuse } : {}) });
	await page.goto(`${server.url}/lms.html?${query}`);
	const frame = await (await page.waitForSelector('#sco')).contentFrame();
	if (!frame) throw new Error('cadre du module introuvable');
	await frame.waitForLoadState('load');
	return frame;
}

/** The harness's log of LMS calls so far. */
export function lmsCalls(page: Page): Promise<LmsCall[]> {
	return page.evaluate(() => (window as unknown as { lms: { calls: LmsCall[] } }).lms.calls);
}

/** The LMS's data now, to start the next session from. */
export function lmsState(page: Page): Promise<LmsState> {
	return page.evaluate(() => (window as unknown as { lms: { state: () => LmsState } }).lms.state());
}

/** Leaves the module (the frame navigates away, so the page gets `pagehide`). */
export async function leaveModule(page: Page): Promise<void> {
	await page.evaluate(() => {
		document.querySelector<HTMLIFrameElement>('#sco')!.src = 'about:blank';
	});
	await page.waitForFunction(() =>
		(window as unknown as { lms: { calls: { name: string }[] } }).lms.calls.some(
			(call) => call.name === 'LMSFinish'
		)
	);
}
