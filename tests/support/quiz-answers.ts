// Answers a real quiz from its YAML file, by clicks (the keyboard journeys are in quiz.e2e.ts).
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Locator, Page } from 'playwright-core';

/** A question as its YAML file writes it (the fields these helpers need). */
export interface YamlQuestion {
	id: string;
	type: 'single' | 'multiple' | 'text' | 'password' | 'ordering';
	choices?: { text: string; correct?: boolean }[];
	answers?: string[];
	steps?: string[];
}

/** A password that meets the CNIL rule, typed in the password question. */
export const STRONG_PASSWORD = 'Tr0mpette!Bleue';
/** A password that does not, for a wrong answer. */
export const WEAK_PASSWORD = 'motdepasse';

/** The questions of `quizzes/<slug>.yaml`. */
export function quizQuestions(slug: string): YamlQuestion[] {
	const file = yaml.load(readFileSync(`quizzes/${slug}.yaml`, 'utf8')) as {
		questions: YamlQuestion[];
	};
	return file.questions;
}

// Inline Markdown is not used in choices and steps, so their text is what the page shows, but
// for the no-break spaces of French typography, read here as spaces.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const plain = (markdown: string) => spaces(markdown.replace(/[*_`]/g, '')).trim();

/** The quiz region of a module page. */
export const quizRegion = (page: Page): Locator => page.getByRole('region', { name: 'Quiz' });

/** Answers the current question right or wrong (the question shown must be `question`). */
export function answerQuestion(
	page: Page,
	question: YamlQuestion,
	kind: 'right' | 'wrong'
): Promise<void> {
	return answerIn(quizRegion(page), question, kind);
}

/** The same, in a given quiz region (a page's, or one in an LMS's frame). */
export async function answerIn(
	quiz: Locator,
	question: YamlQuestion,
	kind: 'right' | 'wrong'
): Promise<void> {
	const choices = question.choices ?? [];
	switch (question.type) {
		case 'single': {
			const choice = choices.find((c) => (kind === 'right') === Boolean(c.correct))!;
			await quiz.getByLabel(plain(choice.text), { exact: true }).check();
			break;
		}
		case 'multiple': {
			const wanted = choices.filter((c) => c.correct).map((c) => plain(c.text));
			for (const choice of choices) {
				const box = quiz.getByLabel(plain(choice.text), { exact: true });
				const check = kind === 'right' ? wanted.includes(plain(choice.text)) : !choice.correct;
				await box.setChecked(check);
			}
			break;
		}
		case 'text':
			await quiz
				.locator('input[type="text"]')
				.fill(kind === 'right' ? question.answers![0]! : 'je ne sais pas');
			break;
		case 'password':
			await quiz
				.locator('input[type="password"]')
				.fill(kind === 'right' ? STRONG_PASSWORD : WEAK_PASSWORD);
			break;
		case 'ordering': {
			const steps = question.steps!.map(plain);
			const wanted = kind === 'right' ? steps : [steps[1]!, steps[0]!, ...steps.slice(2)];
			for (let position = 0; position < wanted.length; position++) {
				for (;;) {
					const order = (await quiz.locator('.ordering li .step').allTextContents()).map((s) =>
						spaces(s).trim()
					);
					const at = order.indexOf(wanted[position]!);
					if (at <= position) break;
					await quiz.getByRole('button', { name: `Monter : ${wanted[position]}` }).click();
				}
			}
			break;
		}
	}
}

/** Answers every question from the current one, right unless listed in `wrong`, to the results. */
export async function finishQuiz(
	page: Page,
	questions: YamlQuestion[],
	wrong: ReadonlySet<string> = new Set()
): Promise<void> {
	const quiz = quizRegion(page);
	for (const [index, question] of questions.entries()) {
		await quiz
			.getByRole('heading', { name: `Question ${index + 1} sur ${questions.length}` })
			.waitFor();
		await answerQuestion(page, question, wrong.has(question.id) ? 'wrong' : 'right');
		await quiz.getByRole('button', { name: 'Valider' }).click();
		await quiz.locator('[data-outcome]').waitFor();
		await quiz
			.getByRole('button', {
				name: index === questions.length - 1 ? 'Voir mon résultat' : 'Question suivante'
			})
			.click();
	}
	await quiz.getByRole('heading', { name: 'Votre résultat' }).waitFor();
}
