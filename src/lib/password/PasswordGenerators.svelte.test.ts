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
		expect(container.textContent).toMatch(/Force\u00a0: ≈ 10\d bits/);
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
		// The first click downloads the word list: under a loaded machine that takes over 1 s.
		await vi.waitFor(
			() => expect(container.querySelector('[data-generated="passphrase"]')).not.toBeNull(),
			{ timeout: 10_000 }
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
	it('clears the result of an invalid setting and never shows NaN', async () => {
		const { container } = render(PasswordGenerators);
		const generate = screen.getByRole('button', { name: 'Générer un mot de passe' });
		await fireEvent.click(generate);
		expect(container.querySelector('[data-generated="password"]')).not.toBeNull();
		const length = screen.getByLabelText(/^Longueur/) as HTMLInputElement;
		for (const value of ['100', '', '11', '12.5']) {
			await fireEvent.input(length, { target: { value } });
			expect(container.querySelector('[data-generated="password"]'), value).toBeNull();
			expect(container.textContent, value).not.toContain('NaN');
			await fireEvent.click(generate);
			expect(screen.getByRole('alert').textContent).toBe(
				'La longueur doit être un nombre entier entre 12 et 64.'
			);
			expect(container.querySelector('[data-generated="password"]'), value).toBeNull();
			expect(container.textContent, value).not.toContain('NaN');
		}
		await fireEvent.input(length, { target: { value: '20' } });
		await fireEvent.click(generate);
		expect(container.querySelector('[data-generated="password"]')!.textContent).toHaveLength(20);
		expect(screen.queryByRole('alert')).toBeNull();
		expect(container.textContent).toMatch(/Force\u00a0: ≈ 1[23]\d bits/);
	});

	it('clears the passphrase of an invalid word count and never shows NaN', async () => {
		const { container } = render(PasswordGenerators);
		const generate = screen.getByRole('button', { name: 'Générer une phrase de passe' });
		await fireEvent.click(generate);
		// The first click downloads the word list: under a loaded machine that takes over 1 s.
		await vi.waitFor(
			() => expect(container.querySelector('[data-generated="passphrase"]')).not.toBeNull(),
			{ timeout: 10_000 }
		);
		const words = screen.getByLabelText(/^Nombre de mots/) as HTMLInputElement;
		for (const value of ['13', '', '6']) {
			await fireEvent.input(words, { target: { value } });
			expect(container.querySelector('[data-generated="passphrase"]'), value).toBeNull();
			await fireEvent.click(generate);
			expect(screen.getByRole('alert').textContent).toBe(
				'Le nombre de mots doit être un nombre entier entre 7 et 12.'
			);
			expect(container.querySelector('[data-generated="passphrase"]'), value).toBeNull();
			expect(container.textContent, value).not.toContain('NaN');
		}
	});
});
