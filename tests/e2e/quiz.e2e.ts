// The messagerie quiz in Chromium, by keyboard alone: every question answered (some wrong first,
// then retried), feedback each time, the score, the review and a retake; axe in every state.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/lib/french/typography';
import { expectNoAxeViolations } from '../support/axe';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { useBuiltSite } from '../support/site';
import type { StaticServer } from '../../scripts/lib/static-server';

const PAGE = '/modules/messagerie-academique';
const STRONG_PASSWORD = 'Tr0mpette!Bleue';

interface YamlQuestion {
	id: string;
	type: 'single' | 'multiple' | 'text' | 'password' | 'ordering';
	label?: string;
	choices?: { text: string; correct?: boolean }[];
	answers?: string[];
	steps?: string[];
}
const quizFile = yaml.load(readFileSync('quizzes/messagerie-academique.yaml', 'utf8')) as {
	questions: YamlQuestion[];
};
const questions = quizFile.questions;
const TOTAL = questions.length;

// Inline Markdown is not used in choices and steps, so their text, with the French typography
// the build gives quiz text, is what the page shows.
const plain = (markdown: string) => frenchTypography(markdown.replace(/[*_`]/g, '').trim());

let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

/**
 * Opens the module page under the site's real CSP. The service worker is blocked: offline
 * behaviour is tested by the offline journeys, not here.
 */
async function openModule(
	options: { width?: number } = {}
): Promise<{ page: Page; context: BrowserContext; errors: string[]; offsite: string[] }> {
	const { context, offsite } = await newIsolatedContext(browser, server.origin, {
		viewport: { width: options.width ?? 1280, height: 900 },
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.goto(`${server.url}${PAGE}`);
	await page.waitForLoadState('networkidle');
	return { page, context, errors, offsite };
}

type Target =
	| { button: string }
	| { inputType: 'radio' | 'checkbox' | 'text' | 'password'; label?: string }
	| { ariaLabel: string };

/** Presses Tab (never clicks) until the focused element is the target. */
async function tabTo(page: Page, target: Target): Promise<void> {
	for (let i = 0; i < 300; i++) {
		const found = await page.evaluate((t) => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || !el.closest('section[aria-labelledby^="quiz-"]')) return false;
			if ('button' in t) return el.tagName === 'BUTTON' && el.textContent?.trim() === t.button;
			if ('ariaLabel' in t) return el.getAttribute('aria-label') === t.ariaLabel;
			if (!(el instanceof HTMLInputElement) || el.type !== t.inputType) return false;
			if (!t.label) return true;
			return el.labels?.[0]?.textContent?.trim() === t.label;
		}, target);
		if (found) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Impossible d’atteindre au clavier : ${JSON.stringify(target)}`);
}

/** Waits until the quiz is ready (the progress store is read first), then presses "Commencer". */
async function startQuiz(page: Page): Promise<void> {
	await quiz(page).getByRole('button', { name: 'Commencer' }).waitFor();
	await press(page, 'Commencer');
}

async function press(page: Page, button: string): Promise<void> {
	await tabTo(page, { button });
	await page.keyboard.press('Enter');
}

const quiz = (page: Page) => page.getByRole('region', { name: 'Quiz' });
const QUIZ_SECTION = 'section[aria-labelledby^="quiz-"]';

/** Runs axe on the whole page, in the current quiz state. */
async function expectNoQuizAxeViolations(page: Page, where: string): Promise<void> {
	await expectNoAxeViolations(page, where);
}

/**
 * How far the quiz would stick out of a 320 px viewport (px; ≤ 0 means it reflows): its
 * min-content width against the room the page leaves it. Measured on the quiz alone, because a
 * wider sibling (the video) would otherwise widen it too.
 */
async function quizOverflow(page: Page): Promise<number> {
	return page.evaluate((section) => {
		const root = document.querySelector<HTMLElement>(section);
		if (!root) throw new Error('quiz introuvable');
		const left = root.getBoundingClientRect().left;
		const previous = root.style.width;
		root.style.width = 'min-content';
		const needed = root.getBoundingClientRect().width;
		root.style.width = previous;
		// The page's side margins are assumed symmetrical.
		return needed - (document.documentElement.clientWidth - 2 * Math.max(0, left));
	}, QUIZ_SECTION);
}
const outcome = (page: Page) => quiz(page).locator('[data-outcome]').getAttribute('data-outcome');

async function activeOutcome(page: Page): Promise<string | null> {
	return page.evaluate(() => document.activeElement?.getAttribute('data-outcome') ?? null);
}

/** Checked label of the focused radio group. */
async function checkedRadioLabel(page: Page): Promise<string | undefined> {
	return page.evaluate(() => {
		const focused = document.activeElement as HTMLInputElement;
		const checked = document.querySelector<HTMLInputElement>(
			`input[name="${focused.name}"]:checked`
		);
		return checked?.labels?.[0]?.textContent?.trim();
	});
}

async function answerSingle(page: Page, wanted: string): Promise<void> {
	await tabTo(page, { inputType: 'radio' });
	await page.keyboard.press('Space');
	for (let i = 0; i < 10 && (await checkedRadioLabel(page)) !== wanted; i++) {
		await page.keyboard.press('ArrowDown');
	}
	expect(await checkedRadioLabel(page)).toBe(wanted);
}

/** Leaves exactly the wanted boxes checked (a retry starts from the previous answer). */
async function answerMultiple(page: Page, wanted: string[]): Promise<void> {
	const boxes = quiz(page).locator('input[type="checkbox"]');
	for (let i = 0; i < (await boxes.count()); i++) {
		const box = boxes.nth(i);
		const label = (await quiz(page)
			.locator(`label[for="${await box.getAttribute('id')}"]`)
			.textContent())!.trim();
		if ((await box.isChecked()) === wanted.includes(label)) continue;
		await tabTo(page, { inputType: 'checkbox', label });
		await page.keyboard.press('Space');
	}
	for (const label of wanted)
		expect(await quiz(page).getByLabel(label, { exact: true }).isChecked()).toBe(true);
}

async function stepOrder(page: Page): Promise<string[]> {
	return quiz(page)
		.locator('.ordering li .step')
		.allTextContents()
		.then((t) => t.map((s) => s.trim()));
}

/** Puts the steps in the wanted order with the "Monter" buttons, by keyboard. */
async function answerOrdering(page: Page, wanted: string[]): Promise<void> {
	for (let position = 0; position < wanted.length; position++) {
		const step = wanted[position]!;
		const from = (await stepOrder(page)).indexOf(step);
		if (from === position) continue;
		await tabTo(page, { ariaLabel: `Monter\u00a0: ${step}` });
		for (let i = from; i > position; i--) await page.keyboard.press('Enter');
	}
	expect(await stepOrder(page)).toEqual(wanted);
}

async function answer(page: Page, question: YamlQuestion, kind: 'right' | 'wrong'): Promise<void> {
	const choices = question.choices ?? [];
	switch (question.type) {
		case 'single': {
			const choice = choices.find((c) => (kind === 'right') === Boolean(c.correct))!;
			await answerSingle(page, plain(choice.text));
			break;
		}
		case 'multiple': {
			const correct = choices.filter((c) => c.correct).map((c) => plain(c.text));
			await answerMultiple(page, kind === 'right' ? correct : correct.slice(0, 1));
			break;
		}
		case 'text':
			await tabTo(page, { inputType: 'text' });
			await page.keyboard.press('Control+A');
			await page.keyboard.type(
				kind === 'right' ? careful(question.answers![0]!) : 'je ne sais pas'
			);
			break;
		case 'password':
			await tabTo(page, { inputType: 'password' });
			await page.keyboard.press('Control+A');
			await page.keyboard.type(kind === 'right' ? STRONG_PASSWORD : 'motdepasse');
			break;
		case 'ordering': {
			const steps = question.steps!.map(plain);
			await answerOrdering(
				page,
				kind === 'right' ? steps : [steps[1]!, steps[0]!, ...steps.slice(2)]
			);
			break;
		}
	}
}

// What a careful learner types: capitals and surrounding spaces, as in Michel.Dupond@AC-Lille.fr.
function careful(expected: string): string {
	return ` ${expected.replace(/^./, (c) => c.toUpperCase()).replace('@ac-', '@AC-')} `;
}

describe(`${PAGE}: the quiz by keyboard alone`, () => {
	it('runs a whole attempt: feedback on every question, score, review, retake; axe in every state', async () => {
		const { page, context, errors, offsite } = await openModule();
		const region = quiz(page);
		await region.getByRole('button', { name: 'Commencer' }).waitFor();
		expect(await region.getByRole('heading', { level: 2, name: 'Quiz' }).count()).toBe(1);
		await expectNoQuizAxeViolations(page, 'quiz : accueil');

		await press(page, 'Commencer');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
			.toBe(`Question 1 sur ${TOTAL}`);
		await expectNoQuizAxeViolations(page, 'quiz : question 1');

		// An empty answer is refused with an alert, not graded.
		await press(page, 'Valider');
		await expect
			.poll(() => region.getByRole('alert').textContent())
			.toContain('Aucune réponse choisie');
		await expectNoQuizAxeViolations(page, 'quiz : réponse manquante');

		const wrongFirst = new Set([
			'consulter-regulierement',
			'contenu-messagerie',
			'adresse-michel-dupond',
			'premiere-connexion',
			'creer-mot-de-passe'
		]);
		const axeChecked = new Set<string>();
		let expectedScore = 0;
		for (const [index, question] of questions.entries()) {
			expect(
				await region.getByRole('heading', { name: `Question ${index + 1} sur ${TOTAL}` }).count()
			).toBe(1);
			if (!axeChecked.has(question.type)) {
				axeChecked.add(question.type);
				await expectNoQuizAxeViolations(page, `quiz : question ${question.type}`);
			}
			if (wrongFirst.has(question.id)) {
				await answer(page, question, 'wrong');
				await press(page, 'Valider');
				await expect.poll(() => outcome(page)).toBe('incorrect');
				expect(await activeOutcome(page)).toBe('incorrect');
				if (index === 0) await expectNoQuizAxeViolations(page, 'quiz : retour « incorrect »');
				await press(page, 'Réessayer');
			} else {
				expectedScore++;
			}
			await answer(page, question, 'right');
			await press(page, 'Valider');
			await expect.poll(() => outcome(page), { message: question.id }).toBe('correct');
			// Focus moved to the feedback, inside the status region.
			expect(await activeOutcome(page)).toBe('correct');
			expect(await region.locator('[role="status"] [data-outcome]').count()).toBe(1);
			if (index === 1) await expectNoQuizAxeViolations(page, 'quiz : retour « correct »');
			const passage = region.getByRole('link', { name: 'Revoir ce passage' });
			const href = await passage.getAttribute('href');
			expect(href).toMatch(/^#transcription-\d+$/);
			expect(await page.locator(href!).count(), `${question.id} → ${href}`).toBe(1);
			await press(page, index === TOTAL - 1 ? 'Voir mon résultat' : 'Question suivante');
		}

		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
			.toBe('Votre résultat');
		expect(await region.locator('.score').textContent()).toContain(`${expectedScore} / ${TOTAL}`);
		const review = region.locator('.review-item');
		expect(await review.count()).toBe(TOTAL);
		const first = await review.first().textContent();
		expect(first).toContain('Votre réponse');
		expect(first).toContain('Bonne réponse');
		expect(first).toContain('Explication');
		expect(await review.filter({ hasText: 'michel.dupond@ac-lille.fr' }).count()).toBeGreaterThan(
			0
		);
		await expectNoQuizAxeViolations(page, 'quiz : résultats');

		await press(page, 'Recommencer');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
			.toBe(`Question 1 sur ${TOTAL}`);

		// Nothing typed as a password was kept anywhere the page can store.
		const stored = await page.evaluate(
			() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })
		);
		expect(stored).not.toContain(STRONG_PASSWORD);
		expect(errors).toEqual([]);
		expect(offsite.filter((url) => !url.includes('tube.reseau-canope.fr'))).toEqual([]);
		await context.close();
	});

	it('resumes an attempt after a reload, on the same question and feedback', async () => {
		const { page, context } = await openModule();
		await startQuiz(page);
		await answer(page, questions[0]!, 'right');
		await press(page, 'Valider');
		await press(page, 'Question suivante');
		await answer(page, questions[1]!, 'wrong');
		await press(page, 'Valider');
		await expect.poll(() => outcome(page)).toBe('incorrect');
		// Saving to IndexedDB is asynchronous: give it a moment before leaving the page.
		await page.waitForTimeout(1000);
		await page.reload();
		await page.waitForLoadState('networkidle');
		await quiz(page).locator('[data-outcome]').waitFor();
		expect(await outcome(page)).toBe('incorrect');
		expect(
			await quiz(page)
				.getByRole('heading', { name: `Question 2 sur ${TOTAL}` })
				.count()
		).toBe(1);
		await press(page, 'Réessayer');
		await answer(page, questions[1]!, 'right');
		await press(page, 'Valider');
		await expect.poll(() => outcome(page)).toBe('correct');
		await context.close();
	});

	it('reflows at 320 px under the real content security policy', async () => {
		const { page, context, errors } = await openModule({ width: 320 });
		const pageOverflows = () =>
			page.evaluate(
				() => document.documentElement.scrollWidth > document.documentElement.clientWidth
			);
		const overflow = () => quizOverflow(page);
		// Only what the quiz does counts here (the page shell is tested elsewhere).
		errors.length = 0;
		await startQuiz(page);
		await quiz(page)
			.getByRole('heading', { name: `Question 1 sur ${TOTAL}` })
			.waitFor();
		expect(await overflow()).toBeLessThanOrEqual(0);
		await press(page, 'Valider');
		await quiz(page).getByRole('alert').waitFor();
		await answer(page, questions[0]!, 'wrong');
		await press(page, 'Valider');
		await expect.poll(() => outcome(page)).toBe('incorrect');
		expect(await overflow()).toBeLessThanOrEqual(0);
		expect(await pageOverflows()).toBe(false);
		expect(errors).toEqual([]);
		await context.close();
	});
});
