// The learner's journey around the quiz, on a 390 × 844 phone and a 1280 px laptop: reach the
// quiz in one tap, know where you are, finish with something (results, attestation, report);
// parcours, the French 404 and the accessibility statement's contact. Axe in every state.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseImportFile } from '../fixtures/progress/e2e-helpers';
import { expectNoAxeViolations } from '../support/axe';
import { brokenButtonLabels } from '../support/label-flow';
import {
	answerQuestion,
	finishQuiz,
	quizQuestions,
	quizRegion,
	STRONG_PASSWORD
} from '../support/quiz-answers';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { useBuiltSite } from '../support/site';
import type { StaticServer } from '../../scripts/lib/static-server';

const SLUG = 'messagerie-academique';
const MODULE = `/modules/${SLUG}`;
const PHONE = { width: 390, height: 844 };
const PARCOURS = [
	'messagerie-academique',
	'configurer-son-client-de-messagerie-pour-recevoir-ses-mails-academiques',
	'ameliorer-la-cybersecurite-de-ses-outils-numeriques'
];
const questions = quizQuestions(SLUG);
const TOTAL = questions.length;

let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

/** Text as a reader sees it: no-break spaces read as spaces. */
const spaces = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

async function profile(
	options: {
		width?: number;
		height?: number;
		javaScriptEnabled?: boolean;
		reducedMotion?: 'reduce';
	} = {}
): Promise<BrowserContext> {
	const { context } = await newIsolatedContext(browser, server.origin, {
		viewport: { width: options.width ?? PHONE.width, height: options.height ?? PHONE.height },
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		reducedMotion: options.reducedMotion ?? 'no-preference',
		serviceWorkers: 'block'
	});
	return context;
}

async function open(
	context: BrowserContext,
	path: string
): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${server.url}${path}`);
	await page.waitForLoadState('networkidle');
	return { page, errors };
}

/** Where an element is on screen, in viewport coordinates. */
async function box(page: Page, selector: string) {
	return page
		.locator(selector)
		.first()
		.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return { top: r.top, bottom: r.bottom };
		});
}

/** Number of pages of a PDF, from its page objects. */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** A progress file in which each module given has one passed attempt. */
function passedFile(slugs: string[]): string {
	const day = (n: number) => new Date(Date.UTC(2026, 11, n, 9)).toISOString();
	return JSON.stringify({
		format: 'capsules-progress',
		version: 1,
		exportedAt: day(2),
		modules: slugs.map((slug, i) => ({
			slug,
			startedAt: day(1),
			updatedAt: day(1),
			videoWatchedAt: null,
			attempts: [
				{
					id: `t-0000000000000000000000000000000${i + 1}`,
					startedAt: day(1),
					endedAt: new Date(Date.UTC(2026, 11, 1, 10 + i)).toISOString(),
					score: 15,
					total: 17,
					passed: true,
					quizHash: 'e2e0000000000001',
					// One answer per question, as a real export holds (15 right out of 17).
					answers: Array.from({ length: 17 }, (_, q) => ({
						questionId: `question-${q + 1}`,
						answer: 'a',
						correct: q < 15
					}))
				}
			]
		}))
	});
}

describe.each([
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'laptop', width: 1280, height: 800 }
])('the module page on a $name ($width px)', ({ width, height }) => {
	it('has a table of contents in its first screen; the quiz is one tap away; axe reports nothing', async () => {
		const context = await profile({ width, height });
		const { page, errors } = await open(context, MODULE);
		const toc = page.getByRole('navigation', { name: 'Dans ce module' });
		expect(await toc.getByRole('link').allTextContents()).toEqual([
			'Vidéo',
			'Transcription',
			'Quiz',
			'Crédits'
		]);
		const link = await toc.getByRole('link', { name: 'Quiz' }).boundingBox();
		expect(link!.y + link!.height).toBeLessThanOrEqual(height);
		await expectNoAxeViolations(page, `module, ${width} px`);

		await toc.getByRole('link', { name: 'Quiz' }).click();
		const start = quizRegion(page).getByRole('button', { name: 'Commencer' });
		// The placeholder's button gives way to the loaded quiz's: wherever it is, it is on screen.
		await expect
			.poll(async () => {
				const button = await start.boundingBox();
				return button !== null && button.y >= 0 && button.y + button.height <= height;
			})
			.toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the transcription beside the video', () => {
	it('is folded under the video on a phone, open beside it on a laptop, open without JavaScript', async () => {
		const phone = await profile();
		const { page } = await open(phone, MODULE);
		const details = page.locator('details.transcript-disclosure');
		await expect.poll(() => details.evaluate((el: HTMLDetailsElement) => el.open)).toBe(false);
		const video = await box(page, `#video`);
		const summary = await box(page, 'details.transcript-disclosure > summary');
		expect(summary.top).toBeGreaterThanOrEqual(video.bottom);
		expect(summary.top - video.bottom).toBeLessThan(48);
		await expectNoAxeViolations(page, 'transcription repliée');
		await page.getByText('Transcription complète de la vidéo').click();
		expect(await page.locator('#transcription-1').isVisible()).toBe(true);
		await phone.close();

		const laptop = await profile({ width: 1280, height: 800 });
		const wide = await open(laptop, MODULE);
		expect(await wide.page.locator('#transcription-1').isVisible()).toBe(true);
		expect(await wide.page.locator('details.transcript-disclosure > summary').isVisible()).toBe(
			false
		);
		await laptop.close();

		const noJs = await profile({ javaScriptEnabled: false });
		const plain = await open(noJs, MODULE);
		expect(await plain.page.locator('details.transcript-disclosure[open]').count()).toBe(1);
		expect(await plain.page.locator('#transcription-1').isVisible()).toBe(true);
		await noJs.close();
	});
});

describe('answering on a phone', () => {
	it('shows the feedback and « Question suivante » after « Valider », then returns from a passage', async () => {
		const context = await profile({ reducedMotion: 'reduce' });
		const { page, errors } = await open(context, MODULE);
		const quiz = quizRegion(page);
		await page
			.getByRole('navigation', { name: 'Dans ce module' })
			.getByRole('link', { name: 'Quiz' })
			.click();
		await quiz.getByRole('button', { name: 'Commencer' }).click();
		await answerQuestion(page, questions[0]!, 'wrong');
		await quiz.getByRole('button', { name: 'Valider' }).click();
		await quiz.locator('[data-outcome]').waitFor();
		const feedback = await box(page, '[data-outcome]');
		const next = await box(page, '.quiz .actions');
		expect(feedback.top).toBeGreaterThanOrEqual(0);
		expect(next.bottom).toBeLessThanOrEqual(PHONE.height);
		await expectNoAxeViolations(page, 'retour sur téléphone');

		// « Signaler un problème » carries the module and the question id.
		const report = await quiz
			.getByRole('link', { name: /Signaler un problème/ })
			.getAttribute('href');
		const mail = new URL(report!);
		expect(mail.protocol).toBe('mailto:');
		expect(mail.searchParams.get('subject')).toContain(questions[0]!.id);
		expect(mail.searchParams.get('body')).toContain(`(${SLUG})`);
		expect(mail.searchParams.get('body')).toContain(`identifiant ${questions[0]!.id}`);

		// « Revoir ce passage » opens the folded transcription; « Retour à la question » comes back.
		const passage = quiz.getByRole('link', { name: 'Revoir ce passage' });
		const target = (await passage.getAttribute('href'))!;
		await passage.click();
		await expect.poll(() => page.locator(target).isVisible()).toBe(true);
		const back = page.locator(target).getByRole('link', { name: 'Retour à la question' });
		expect(await back.isVisible()).toBe(true);
		await expectNoAxeViolations(page, 'passage avec retour');
		await back.click();
		expect(spaces(await page.evaluate(() => document.activeElement?.textContent ?? null))).toBe(
			`Question 1 sur ${TOTAL}`
		);
		expect(await page.getByRole('link', { name: 'Retour à la question' }).count()).toBe(0);
		const heading = await box(page, '.quiz .progress');
		expect(heading.top).toBeGreaterThanOrEqual(0);
		expect(heading.bottom).toBeLessThanOrEqual(PHONE.height);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('scrolls smoothly without reduced motion; a quiz under way is resumed from the top of the page', async () => {
		const context = await profile();
		const { page, errors } = await open(context, MODULE);
		const quiz = quizRegion(page);
		await quiz.getByRole('button', { name: 'Commencer' }).click();
		for (const index of [0, 1, 2]) {
			await quiz.getByRole('heading', { name: `Question ${index + 1} sur ${TOTAL}` }).waitFor();
			await answerQuestion(page, questions[index]!, 'right');
			await quiz.getByRole('button', { name: 'Valider' }).click();
			await quiz.locator('[data-outcome]').waitFor();
			await expect
				.poll(async () => (await box(page, '.quiz .actions')).bottom)
				.toBeLessThanOrEqual(PHONE.height);
			expect((await box(page, '[data-outcome]')).top).toBeGreaterThanOrEqual(0);
			await quiz.getByRole('button', { name: 'Question suivante' }).click();
		}
		await quiz.getByRole('heading', { name: `Question 4 sur ${TOTAL}` }).waitFor();

		await page.reload();
		const state = page.locator('.module-header [data-learner-state]');
		await expect.poll(() => state.getAttribute('data-learner-state')).toBe('resume');
		expect(spaces(await state.textContent())).toBe('Quiz en cours : reprendre à la question 4');
		await state.getByRole('link', { name: 'reprendre à la question 4' }).click();
		await expect
			.poll(async () => (await quiz.locator('.progress').boundingBox())?.y ?? -1)
			.toBeGreaterThanOrEqual(0);
		expect(spaces(await quiz.locator('.progress').textContent())).toBe(`Question 4 sur ${TOTAL}`);
		await expectNoAxeViolations(page, 'quiz en cours');

		// /progression says it with its spaces: « Tentatives 0 (un quiz en cours) ».
		const progression = await open(context, '/progression');
		const row = progression.page.locator(`[data-progress-row="${SLUG}"]`);
		await expect
			.poll(async () => spaces(await row.innerText()))
			.toMatch(/Tentatives\s+0 \(un quiz en cours\)/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows the positions of the ordering steps, and never mails a password', async () => {
		const context = await profile({ reducedMotion: 'reduce' });
		const { page } = await open(context, MODULE);
		const quiz = quizRegion(page);
		await quiz.getByRole('button', { name: 'Commencer' }).click();
		for (const [index, question] of questions.entries()) {
			await quiz.getByRole('heading', { name: `Question ${index + 1} sur ${TOTAL}` }).waitFor();
			if (question.type === 'ordering') {
				const positions = quiz.locator('.ordering li .position');
				expect(await positions.allTextContents()).toEqual(
					question.steps!.map((_, i) => String(i + 1))
				);
				expect(await positions.first().isVisible()).toBe(true);
				await expectNoAxeViolations(page, 'question à ordonner');
			}
			await answerQuestion(page, question, 'right');
			await quiz.getByRole('button', { name: 'Valider' }).click();
			await quiz.locator('[data-outcome]').waitFor();
			if (question.type === 'password') {
				const href = await quiz
					.getByRole('link', { name: /Signaler un problème/ })
					.getAttribute('href');
				expect(decodeURIComponent(href!)).not.toContain(STRONG_PASSWORD);
				expect(decodeURIComponent(href!)).toContain('(mot de passe non transmis)');
			}
			if (questions.slice(index + 1).every((q) => q.type !== 'ordering' && q.type !== 'password'))
				break;
			await quiz.getByRole('button', { name: 'Question suivante' }).click();
		}
		await context.close();
	});
});

describe.each([PHONE, { width: 1280, height: 800 }])(
	'after a passed attempt ($width px)',
	(screen) => {
		it('puts summary and actions before the review, shows the result at the top, prints the attestation on one A4 page', async () => {
			const context = await profile({ reducedMotion: 'reduce', ...screen });
			const { page, errors } = await open(context, MODULE);
			const quiz = quizRegion(page);
			await quiz.getByRole('button', { name: 'Commencer' }).click();
			const wrong = new Set([questions[0]!.id, questions[2]!.id]);
			await finishQuiz(page, questions, wrong);

			// Summary, then the actions, then the review.
			const order = await page.evaluate(() => {
				const top = (el: Element | null) => (el ? el.getBoundingClientRect().top : NaN);
				const buttons = [...document.querySelectorAll('.quiz button')];
				const byText = (text: string) =>
					buttons.find((b) => b.textContent?.trim() === text) ?? null;
				return {
					score: top(document.querySelector('.quiz .score')),
					mistakes: top(byText('Revoir mes erreurs')),
					retake: top(byText('Recommencer')),
					review: top(document.querySelector('.quiz .review'))
				};
			});
			expect(order.score).toBeLessThan(order.mistakes);
			expect(order.mistakes).toBeLessThanOrEqual(order.retake);
			expect(order.retake).toBeLessThan(order.review);
			expect(spaces(await quiz.locator('.score').textContent())).toContain(
				`Quiz réussi : ${TOTAL - 2} / ${TOTAL}`
			);
			expect(
				await quiz.getByRole('link', { name: /^Module suivant/ }).getAttribute('href')
			).toContain(PARCOURS[1]);
			expect(await quiz.getByRole('link', { name: 'Retour au catalogue' }).count()).toBe(1);
			// « Module suivant : <titre> » and « Télécharger la vidéo (MP4) » read as one text.
			expect(await brokenButtonLabels(page)).toEqual([]);
			expect(await quiz.getByText('Ce module visait à vous rendre capable de').count()).toBe(1);
			await expectNoAxeViolations(page, 'bilan');
			// « Recommencer » is a few tabs from the results heading, not 18.
			let tabs = 0;
			while (
				spaces(await page.evaluate(() => document.activeElement?.textContent ?? null)) !==
				'Recommencer'
			) {
				await page.keyboard.press('Tab');
				if (++tabs > 6) throw new Error('« Recommencer » à plus de 6 tabulations du bilan');
			}

			await quiz.getByRole('button', { name: 'Revoir mes erreurs' }).click();
			expect(await quiz.locator('.review-item').count()).toBe(2);
			await expectNoAxeViolations(page, 'bilan filtré');
			await quiz.getByRole('radio', { name: /Toutes les questions/ }).check();
			expect(await quiz.locator('.review-item').count()).toBe(TOTAL);

			// At the quiz too, once the attempt is recorded.
			await expect
				.poll(() =>
					page.locator('.module-quiz [data-learner-state]').getAttribute('data-learner-state')
				)
				.toBe('passed');

			// Back on the module page: the result at the top.
			await page.reload();
			const state = page.locator('.module-header [data-learner-state]');
			await expect.poll(() => state.getAttribute('data-learner-state')).toBe('passed');
			expect(spaces(await state.textContent())).toMatch(
				new RegExp(
					`^Réussi — meilleur score ${TOTAL - 2}/${TOTAL}, le \\d{1,2}(er)? \\p{L}+ \\d{4} : imprimer l’attestation$`,
					'u'
				)
			);
			const stateBox = (await state.boundingBox())!;
			expect(stateBox.y + stateBox.height).toBeLessThanOrEqual(screen.height);
			await expectNoAxeViolations(page, 'module réussi');

			// The attestation.
			await state.getByRole('link', { name: 'imprimer l’attestation' }).click();
			await page.getByRole('heading', { name: 'Attestation de réussite' }).waitFor();
			const sheet = page.locator('article.sheet');
			expect(spaces(await sheet.innerText())).toContain('Se connecter à sa messagerie académique');
			expect(spaces(await sheet.innerText())).toMatch(
				/Date de réussite\s+\d{1,2}(er)? \p{L}+ \d{4}/u
			);
			expect(spaces(await sheet.innerText())).toMatch(
				new RegExp(`Meilleur score\\s+${TOTAL - 2}/${TOTAL}`)
			);
			expect(spaces(await sheet.innerText())).toMatch(/Seuil de réussite\s+80 %/);
			expect(spaces(await sheet.innerText())).toContain('générée dans votre navigateur');
			await expectNoAxeViolations(page, 'attestation');
			await page
				.getByLabel('Votre nom, tel qu’il doit figurer sur l’attestation')
				.fill('Camille Martin');
			expect(await sheet.getByText('Camille Martin').count()).toBe(1);
			expect(await page.evaluate(() => localStorage.length)).toBe(0);

			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.site-header').isVisible()).toBe(false);
			expect(
				await page.getByLabel('Votre nom, tel qu’il doit figurer sur l’attestation').isVisible()
			).toBe(false);
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			expect(pdfPages(pdf)).toBe(1);
			await page.emulateMedia({ media: 'screen' });

			// Kept only when asked.
			await page.getByLabel('Garder mon nom dans ce navigateur (rien n’est envoyé)').check();
			await page.reload();
			await expect
				.poll(() =>
					page.getByLabel('Votre nom, tel qu’il doit figurer sur l’attestation').inputValue()
				)
				.toBe('Camille Martin');
			await page.getByLabel('Garder mon nom dans ce navigateur (rien n’est envoyé)').uncheck();
			expect(await page.evaluate(() => localStorage.length)).toBe(0);
			expect(errors).toEqual([]);
			await context.close();
		});
	}
);

describe('the parcours', () => {
	it('comes first in the catalogue with its progress; each module says where it sits; the attestation prints when all are passed', async () => {
		const context = await profile();
		const { page, errors } = await open(context, '/');
		const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
		expect(headings[0]).toBe('Parcours');
		const card = page.locator('[data-parcours="messagerie-academique-les-bases"]');
		expect(await card.getByRole('heading').textContent()).toBe(
			'Messagerie académique\u00a0: les bases'
		);
		await expect
			.poll(async () => spaces(await card.locator('[data-parcours-progress]').textContent()))
			.toBe('Aucun module réussi sur 3');
		expect(
			await card
				.locator('ol li a')
				.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
		).toEqual(PARCOURS.map((slug) => `/modules/${slug}`));
		await expectNoAxeViolations(page, 'catalogue avec parcours');

		const second = await open(context, `/modules/${PARCOURS[1]}`);
		expect(spaces(await second.page.locator('.parcours-position').textContent())).toBe(
			'Module 2 sur 3 du parcours « Messagerie académique : les bases » · suivant : Améliorer la cybersécurité de ses outils numériques'
		);

		const progression = await open(context, '/progression');
		await progression.page.locator('.totals').waitFor();
		await chooseImportFile(progression.page, 'progression.json', passedFile(PARCOURS.slice(0, 2)));
		await progression.page
			.getByRole('button', { name: 'Fusionner (garder le meilleur des deux)' })
			.click();
		await progression.page
			.getByRole('status')
			.filter({ hasText: 'Progression fusionnée' })
			.waitFor();
		await page.reload();
		await expect
			.poll(async () => spaces(await card.locator('[data-parcours-progress]').textContent()))
			.toBe('2 modules réussis sur 3');
		expect(
			await card.getByRole('link', { name: 'Imprimer l’attestation du parcours' }).count()
		).toBe(0);

		await chooseImportFile(progression.page, 'progression.json', passedFile(PARCOURS));
		await progression.page
			.getByRole('button', { name: 'Fusionner (garder le meilleur des deux)' })
			.click();
		await progression.page
			.getByRole('status')
			.filter({ hasText: 'Progression fusionnée' })
			.last()
			.waitFor();
		await page.reload();
		await expect
			.poll(async () => spaces(await card.locator('[data-parcours-progress]').textContent()))
			.toBe('3 modules réussis sur 3');
		// /progression's totals keep their spaces (« sur 3 · 3 tentatives », not « sur 3· 3 »).
		await expect
			.poll(async () => spaces(await progression.page.locator('.totals').innerText()))
			.toBe('3 modules terminés sur 3 · 3 tentatives de quiz au total.');
		await card.getByRole('link', { name: 'Imprimer l’attestation du parcours' }).click();
		await page.getByRole('heading', { name: 'Attestation de réussite' }).waitFor();
		expect(await page.locator('article.sheet tbody tr').count()).toBe(3);
		expect(spaces(await page.locator('article.sheet').innerText())).toContain(
			'Parcours terminé le'
		);
		await expectNoAxeViolations(page, 'attestation du parcours');
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pdfPages(pdf)).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('the 404 page and the accessibility statement', () => {
	it('is French and readable without JavaScript, at any depth, with a link to the catalogue', async () => {
		const context = await profile({ javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.goto(`${server.url}/modules/inconnu/encore-plus-loin`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('html').getAttribute('lang')).toBe('fr');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable');
		expect(await page.content()).not.toMatch(/Not Found/i);
		const link = page.getByRole('link', { name: 'Voir le catalogue des modules' });
		expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(`${server.url}/`);
		// Styled: the stylesheet resolved from the site's root.
		expect(
			await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)
		).toBe('solid');
		await context.close();

		const withJs = await profile();
		const js = await withJs.newPage();
		await js.goto(`${server.url}/modules/inconnu`);
		expect(await js.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable');
		await expectNoAxeViolations(js, '404');
		await withJs.close();
	});

	it('gives a contact and the ways of appeal', async () => {
		const context = await profile();
		const { page } = await open(context, '/accessibilite');
		const contact = page.locator('a[href^="mailto:"]').first();
		expect(await contact.getAttribute('href')).toMatch(/^mailto:[^@]+@/);
		expect(await page.getByRole('heading', { name: 'Voies de recours' }).count()).toBe(1);
		expect(
			await page.getByRole('link', { name: /formulaire en ligne/ }).getAttribute('href')
		).toMatch(/^https:\/\//);
		await expectNoAxeViolations(page, 'déclaration d’accessibilité');
		await context.close();
	});
});
