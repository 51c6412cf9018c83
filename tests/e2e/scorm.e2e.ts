// The SCORM 1.2 package of a module (issue 12) in Chromium: built by `npm run package`, unzipped
// under a deep path, framed by a test LMS where scorm-again is `window.API`. A full attempt
// reports passed or failed with the score and one interaction per question; leaving after three
// answers and coming back resumes at question 4; an LMS that refuses values gets a French alert;
// without an LMS the module still works and says so. No password reaches the LMS, nothing is
// written to IndexedDB, and the package itself is checked: manifest, bytes, relative URLs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { unzipSync } from 'fflate';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, newIsolatedContext } from '../../scripts/lib/browser';
import { packageModules, SCORM_OUT_DIR } from '../../scripts/package-scorm';
import { axeViolations } from '../support/axe';
import {
	answerIn,
	quizQuestions,
	STRONG_PASSWORD,
	WEAK_PASSWORD,
	type YamlQuestion
} from '../support/quiz-answers';
import {
	leaveModule,
	lmsCalls,
	lmsState,
	openInLms,
	PACKAGE_PATH,
	serveLms,
	type LmsCall,
	type LmsState
} from '../support/scorm-lms';
import type { StaticServer } from '../../scripts/lib/static-server';

const SLUG = 'messagerie-academique';
const ZIP = `${SCORM_OUT_DIR}/${SLUG}.zip`;
const questions = quizQuestions(SLUG);
const { passMark } = yaml.load(readFileSync(`quizzes/${SLUG}.yaml`, 'utf8')) as {
	passMark?: number;
};

let browser: Browser;
let lms: StaticServer;

beforeAll(async () => {
	if (!existsSync(ZIP)) {
		execFileSync('npm', ['run', '--silent', 'package'], { stdio: 'inherit' });
	}
	lms = await serveLms(ZIP);
	({ browser } = await openBrowser());
});
afterAll(async () => {
	await browser?.close();
	await lms?.close();
});

/** A fresh browser profile on the test LMS; watches errors, failed requests and offsite calls. */
async function newLmsPage() {
	const { context, offsite } = await newIsolatedContext(browser, lms.origin);
	const page = await context.newPage();
	const errors: string[] = [];
	const failed: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('response', (response) => {
		if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
	});
	return { page, context, errors, failed, offsite };
}

const region = (frame: Frame) => frame.getByRole('region', { name: 'Quiz' });

async function start(frame: Frame): Promise<void> {
	// The live quiz replaces the prerendered intro once its code is in: wait for the notice area.
	await frame.waitForSelector('.lms-notice-region', { state: 'attached' });
	await region(frame).getByRole('button', { name: 'Commencer' }).click();
	await region(frame).locator('fieldset').waitFor();
}

/** Answers the question shown, validates, and goes on. */
async function answer(
	frame: Frame,
	question: YamlQuestion,
	kind: 'right' | 'wrong'
): Promise<void> {
	const quiz = region(frame);
	await answerIn(quiz, question, kind);
	await quiz.getByRole('button', { name: 'Valider' }).click();
	await quiz.locator('[data-outcome]').waitFor();
	const next = quiz.getByRole('button', { name: /Question suivante|Voir mon résultat/ });
	await next.click();
}

const setValues = (calls: LmsCall[], element: string) =>
	calls.filter((c) => c.name === 'LMSSetValue' && c.args[0] === element).map((c) => c.args[1]);
const lastSet = (calls: LmsCall[], element: string) => setValues(calls, element).at(-1);

function interactions(state: LmsState): Record<string, Record<string, unknown>> {
	const cmi = (state.cmi.cmi ?? state.cmi) as {
		interactions: Record<string, Record<string, unknown>>;
	};
	return cmi.interactions;
}
const core = (state: LmsState) =>
	(
		(state.cmi.cmi ?? state.cmi) as {
			core: Record<string, unknown> & { score: Record<string, string> };
		}
	).core;
const suspendData = (state: LmsState) =>
	String(((state.cmi.cmi ?? state.cmi) as { suspend_data: string }).suspend_data);

async function indexedDbNames(frame: Frame): Promise<string[]> {
	return frame.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

describe(`the SCORM package of ${SLUG} in a test LMS (scorm-again)`, () => {
	it('reports incomplete, then passed with the score and one interaction per question, then finishes once', async () => {
		const { page, context, errors, failed } = await newLmsPage();
		const frame = await openInLms(page, lms, SLUG);
		await start(frame);
		expect(lastSet(await lmsCalls(page), 'cmi.core.lesson_status')).toBe('incomplete');
		for (const question of questions) await answer(frame, question, 'right');
		await region(frame)
			.getByRole('heading', { name: /Votre résultat|Résultat/ })
			.first()
			.waitFor();

		const calls = await lmsCalls(page);
		expect(lastSet(calls, 'cmi.core.lesson_status')).toBe('passed');
		expect(lastSet(calls, 'cmi.core.score.raw')).toBe('100');
		expect(lastSet(calls, 'cmi.core.score.min')).toBe('0');
		expect(lastSet(calls, 'cmi.core.score.max')).toBe('100');
		expect(lastSet(calls, 'cmi.core.exit')).toBe('');
		// A commit after every answer: each interaction's last write is followed by LMSCommit
		// before the next interaction begins.
		for (let n = 0; n < questions.length; n++) {
			const at = calls.findIndex((c) => c.args[0] === `cmi.interactions.${n}.latency`);
			const nextStart = calls.findIndex((c) => c.args[0] === `cmi.interactions.${n + 1}.id`);
			const between = calls.slice(at, nextStart === -1 ? undefined : nextStart);
			expect(at, `interaction ${n}`).toBeGreaterThan(0);
			expect(
				between.some((c) => c.name === 'LMSCommit'),
				`commit after answer ${n + 1}`
			).toBe(true);
		}
		expect(await indexedDbNames(frame)).toEqual([]);
		expect(
			await frame.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)
		).toBe(0);

		await leaveModule(page);
		const after = await lmsCalls(page);
		expect(after.filter((c) => c.name === 'LMSFinish')).toHaveLength(1);
		expect(after.filter((c) => c.result === 'false')).toEqual([]);
		expect(lastSet(after, 'cmi.core.session_time')).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);

		const state = await lmsState(page);
		expect(core(state).lesson_status).toBe('passed');
		expect(core(state).score.raw).toBe('100');
		const recorded = interactions(state);
		expect(Object.keys(recorded)).toHaveLength(questions.length);
		for (const [n, question] of questions.entries()) {
			const interaction = recorded[String(n)]!;
			expect(interaction.id).toBe(question.id);
			expect(interaction.result).toBe('correct');
			expect(interaction.type).toBe(
				question.type === 'ordering'
					? 'sequencing'
					: question.type === 'single' || question.type === 'multiple'
						? 'choice'
						: 'fill-in'
			);
			if (question.type === 'password') expect(interaction.student_response).toBe('');
			else expect(interaction.student_response).not.toBe('');
		}
		// No password value anywhere: not in the calls, not in the LMS's data.
		expect(JSON.stringify(after)).not.toContain(STRONG_PASSWORD);
		expect(JSON.stringify(state)).not.toContain(STRONG_PASSWORD);
		expect(errors).toEqual([]);
		expect(failed).toEqual([]);
		await context.close();
	});

	it('reports failed with the right score when too few answers are right', async () => {
		const { page, context } = await newLmsPage();
		const frame = await openInLms(page, lms, SLUG);
		await start(frame);
		// The first four right, the rest wrong.
		for (const [i, question] of questions.entries())
			await answer(frame, question, i < 4 ? 'right' : 'wrong');
		const calls = await lmsCalls(page);
		expect(lastSet(calls, 'cmi.core.lesson_status')).toBe('failed');
		expect(lastSet(calls, 'cmi.core.score.raw')).toBe(
			String(Math.floor((4 * 10000) / questions.length) / 100)
		);
		expect(JSON.stringify(calls)).not.toContain(WEAK_PASSWORD);
		await context.close();
	});

	it('after three answers and leaving, resumes at question 4 (entry=resume), then passes', async () => {
		const first = await newLmsPage();
		let frame = await openInLms(first.page, lms, SLUG);
		await start(frame);
		for (const question of questions.slice(0, 3)) await answer(frame, question, 'right');
		await leaveModule(first.page);
		const saved = await lmsState(first.page);
		expect(saved.exit).toBe('suspend');
		expect(suspendData(saved)).toMatch(/^c1/);
		expect(suspendData(saved).length).toBeLessThanOrEqual(4096);
		expect((await lmsCalls(first.page)).filter((c) => c.name === 'LMSFinish')).toHaveLength(1);
		await first.context.close();

		const second = await newLmsPage();
		frame = await openInLms(second.page, lms, SLUG, { saved });
		await frame.waitForSelector('.lms-notice-region', { state: 'attached' });
		await expect
			.poll(() => region(frame).locator('h3.progress').textContent())
			.toMatch(/Question 4 sur 19/);
		const resumedCalls = await lmsCalls(second.page);
		expect(resumedCalls.find((c) => c.args[0] === 'cmi.core.entry')?.result).toBe('resume');
		for (const question of questions.slice(3)) await answer(frame, question, 'right');
		const calls = await lmsCalls(second.page);
		expect(lastSet(calls, 'cmi.core.lesson_status')).toBe('passed');
		expect(lastSet(calls, 'cmi.core.score.raw')).toBe('100');
		// The interactions go on after the three of the first visit.
		expect(setValues(calls, 'cmi.interactions.3.id')).toEqual([questions[3]!.id]);
		expect(setValues(calls, 'cmi.interactions.0.id')).toEqual([]);
		await second.context.close();
	});

	it('shows a French alert when the LMS refuses values (error 405)', async () => {
		const { page, context } = await newLmsPage();
		const frame = await openInLms(page, lms, SLUG, { refuse: '405' });
		const alert = frame.getByRole('alert');
		await expect
			.poll(() => alert.textContent())
			.toMatch(/La plateforme de formation a refusé .*erreur 405/);
		// The quiz still works.
		await start(frame);
		await answer(frame, questions[0]!, 'right');
		await context.close();
	});

	it('without an LMS, works and says that progress is not sent, with no accessibility violation', async () => {
		const { page, context, errors, failed } = await newLmsPage();
		await page.goto(`${lms.url}${PACKAGE_PATH}/modules/${SLUG}.html`);
		const frame = page.mainFrame();
		await expect
			.poll(() => frame.getByRole('status').filter({ hasText: 'transmise' }).textContent())
			.toContain('Votre progression n’est pas transmise à une plateforme');
		await start(frame);
		await answer(frame, questions[0]!, 'right');
		expect(await axeViolations(page)).toEqual([]);
		expect(await indexedDbNames(frame)).toEqual([]);
		expect(errors).toEqual([]);
		expect(failed).toEqual([]);
		await context.close();
	});
});

describe('the package opened from disk', () => {
	it('works from file:// (no server, no LMS) and says that progress is not sent', async () => {
		const context = await browser.newContext({ locale: 'fr-FR' });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const root = (lms as StaticServer & { root: string }).root;
		await page.goto(pathToFileURL(`${root}${PACKAGE_PATH}/modules/${SLUG}.html`).href);
		const frame = page.mainFrame();
		await expect
			.poll(() => frame.getByRole('status').filter({ hasText: 'transmise' }).textContent())
			.toContain('Votre progression n’est pas transmise à une plateforme');
		await start(frame);
		await answer(frame, questions[0]!, 'right');
		await expect
			.poll(() => region(frame).locator('h3.progress').textContent())
			.toMatch(/Question 2/);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the package file', () => {
	const files = unzipSync(new Uint8Array(readFileSync(ZIP)));
	const manifest = new TextDecoder().decode(files['imsmanifest.xml']);

	it('has a well-formed SCORM 1.2 manifest listing exactly the zip’s entries', () => {
		execFileSync('xmllint', ['--noout', '-'], { input: manifest });
		expect(manifest).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
		expect(manifest).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
		expect(manifest).toMatch(/<schema>ADL SCORM<\/schema>\s*<schemaversion>1\.2<\/schemaversion>/);
		expect(manifest.match(/<organization /g)).toHaveLength(1);
		expect(manifest.match(/<item /g)).toHaveLength(1);
		expect(manifest).toContain(`<adlcp:masteryscore>${passMark ?? 80}</adlcp:masteryscore>`);
		expect(manifest).toMatch(new RegExp(`adlcp:scormtype="sco" href="modules/${SLUG}\\.html"`));
		expect(manifest).toContain('Se connecter à sa messagerie académique');
		expect(manifest).toContain(
			'CC BY-NC-ND 4.0 (https://creativecommons.org/licenses/by-nc-nd/4.0/deed.fr)'
		);
		const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]).sort();
		expect(listed).toEqual(Object.keys(files).sort());
	});

	it('holds no service worker, and its pages use relative URLs that stay inside it', () => {
		expect(Object.keys(files).some((f) => f.includes('service-worker'))).toBe(false);
		const pages = Object.keys(files).filter((f) => f.endsWith('.html'));
		// The module, and the tools its notes link to (password checker, address helper); no other
		// module (a parcours's next one is another package) and no catalogue.
		expect(pages.sort()).toEqual([
			'adresse-academique.html',
			`modules/${SLUG}.html`,
			'mot-de-passe.html'
		]);
		for (const page of pages) {
			const html = new TextDecoder().decode(files[page]);
			expect(html).not.toMatch(/serviceWorker\.register\(/);
			const urls = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
			for (const url of urls) expect(url, `${page}: ${url}`).not.toMatch(/^\/(?!\/)/);
			const local = urls.filter((u) => !/^(https?:|#|data:|mailto:)/.test(u));
			for (const url of local) {
				const path = new URL(url, `http://lms/${page}`).pathname.slice(1);
				expect(Object.keys(files), `${page}: ${url}`).toContain(path);
			}
		}
		// The link to another page opens a new tab: in the LMS's frame it would end the session.
		const module = new TextDecoder().decode(files[`modules/${SLUG}.html`]);
		expect(module).toContain('href="../mot-de-passe.html" target="_blank"');
		for (const [name, bytes] of Object.entries(files)) {
			if (!name.endsWith('.js')) continue;
			expect(new TextDecoder().decode(bytes), name).not.toMatch(/["'`]\/_app\//);
		}
	});

	it('keeps the site’s content security policy, without WebAssembly (no search in a package)', () => {
		const policy = (html: string) =>
			/http-equiv="content-security-policy" content="([^"]+)"/
				.exec(html)?.[1]
				?.replace(/ 'sha256-[^']+'/g, '');
		const packaged = policy(new TextDecoder().decode(files[`modules/${SLUG}.html`]));
		expect(packaged).toMatch(/default-src 'self'/);
		expect(/script-src [^;]*/.exec(packaged ?? '')?.[0]).toBe("script-src 'self'");
		const site = `build/modules/${SLUG}.html`;
		if (existsSync(site)) {
			const sitePolicy = policy(readFileSync(site, 'utf8'));
			expect(sitePolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
			expect(packaged).toBe(sitePolicy?.replace(" 'wasm-unsafe-eval'", ''));
		}
	});

	it('comes out byte for byte the same on a rebuild of the same content', async () => {
		const again = await packageModules();
		const pkg = again.packages.find((p) => p.slug === SLUG)!;
		expect(Buffer.from(pkg.zip).equals(readFileSync(ZIP))).toBe(true);
		const secondTime = await packageModules();
		expect(secondTime.packages.map((p) => Buffer.from(p.zip).toString('base64'))).toEqual(
			again.packages.map((p) => Buffer.from(p.zip).toString('base64'))
		);
	});
});
