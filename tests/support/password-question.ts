import type { Page } from 'playwright-core';

/** Answers every question with whatever comes first until the quiz's password question shows. */
export async function reachPasswordQuestion(page: Page): Promise<void> {
	const quiz = page.getByRole('region', { name: 'Quiz' });
	await quiz.getByRole('button', { name: 'Commencer' }).click();
	for (let i = 0; i < 40; i++) {
		await quiz.locator('fieldset.question').waitFor();
		if ((await quiz.locator('input[type="password"]').count()) > 0) return;
		const choice = quiz.locator('input[type="radio"], input[type="checkbox"]').first();
		if ((await choice.count()) > 0) await choice.check();
		const text = quiz.locator('input[type="text"]').first();
		if ((await text.count()) > 0) await text.fill('je ne sais pas');
		await quiz.getByRole('button', { name: 'Valider' }).click();
		await quiz.getByRole('button', { name: 'Question suivante' }).click();
	}
	throw new Error('question « mot de passe » introuvable');
}
