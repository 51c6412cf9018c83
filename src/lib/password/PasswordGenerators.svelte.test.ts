import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PasswordGenerators from './PasswordGenerators.svelte';
import { checkPasswordRules } from './rules';

afterEach(() => vi.unstubAllGlobals());

describe('PasswordGenerators', () => {
	it('generates a 16-character password with every class and shows its bits', async () => {
		const { container } = render(PasswordGenerators);
		await fireEvent.click(screen.getByRole('button', { name: 'Générer un mot de passe' }));
		const password = container.querySelector('[data-generated="password"]')!.textContent!;
		expect(password).toHaveLength(16);
		expect(checkPasswordRules(password).verdicts['cnil-12-4']).toBe(true);
		expect(container.textContent).toMatch(/Force : ≈ 10\d bits/);
	});

	it('says why it cannot generate, with role="alert"', async () => {
		render(PasswordGenerators);
		for (const name of [/Minuscules/, /Majuscules/, /Chiffres/, /Caractères spéciaux/]) {
			await fireEvent.click(screen.getByLabelText(name));
		}
		await fireEvent.click(screen.getByRole('button', { name: 'Générer un mot de passe' }));
		expect(screen.getByRole('alert').textContent).toBe('Cochez au moins un type de caractères.');
	});

	it('generates a 7-word passphrase from the French list and copies it', async () => {
		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
		const { container } = render(PasswordGenerators);
		await fireEvent.click(screen.getByRole('button', { name: 'Générer une phrase de passe' }));
		await vi.waitFor(() =>
			expect(container.querySelector('[data-generated="passphrase"]')).not.toBeNull()
		);
		const phrase = container.querySelector('[data-generated="passphrase"]')!.textContent!;
		expect(phrase.split('-')).toHaveLength(7);
		expect(checkPasswordRules(phrase).verdicts['cnil-passphrase']).toBe(true);
		expect(container.textContent).toContain('≈ 84 bits');
		expect(container.textContent).toMatch(/parmi 4\s096/);
		await fireEvent.click(
			screen.getByRole('button', { name: 'Copier la phrase de passe générée' })
		);
		await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(phrase));
		await vi.waitFor(() =>
			expect(container.textContent).toContain('Copié dans le presse-papiers.')
		);
		expect(localStorage.length).toBe(0);
	});
});
