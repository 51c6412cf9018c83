// Issue 11: the quiz's password question grades the rule, and now also says how guessable the
// password is, with the checker's worker, loaded only when the field is used.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIsolatedContext } from '../../scripts/lib/browser';
import { reachPasswordQuestion } from '../support/password-question';
import { useBuiltSite } from '../support/site';
import type { StaticServer } from '../../scripts/lib/static-server';

let browser: Browser;
let server: StaticServer;
useBuiltSite((site) => ({ browser, server } = site));

describe('the quiz’s password question', () => {
	it('accepts Motdepasse2024! as the rule asks, and says it is easy to guess', async () => {
		const { context } = await newIsolatedContext(browser, server.origin, {
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		const workers: string[] = [];
		context.on('request', (request) => {
			if (request.url().includes('/workers/')) workers.push(request.url());
		});
		await page.goto(`${server.url}/modules/messagerie-academique`);
		await reachPasswordQuestion(page);
		const quiz = page.getByRole('region', { name: 'Quiz' });
		expect(workers).toEqual([]); // nothing loaded before the field is used

		await quiz.getByLabel('Mot de passe d’exercice', { exact: true }).fill('Motdepasse2024!');
		const note = quiz.locator('[data-guessability]');
		await expect
			.poll(() => note.getAttribute('data-guessability'), { timeout: 30_000 })
			.toBe('weak');
		expect(workers).toHaveLength(1);
		expect(await note.textContent()).toContain('Respecte la règle demandée, mais se devine en');
		expect(await note.textContent()).toContain('il contient un mot de passe très répandu');

		await quiz.getByRole('button', { name: 'Valider' }).click();
		await expect
			.poll(() => quiz.locator('[data-outcome]').getAttribute('data-outcome'))
			.toBe('correct');
		// The feedback the learner hears after « Valider » says it too, not only « respecte la règle ».
		const said = quiz.locator('[role="status"] [data-password-guess]');
		expect(await said.textContent()).toMatch(
			/^Facilité à deviner\s: Respecte la règle demandée, mais se devine en/
		);
		expect(await said.textContent()).toContain('il contient un mot de passe très répandu');
		await context.close();
	});
});
