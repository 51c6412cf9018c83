import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import InFieldset from './fixtures/InFieldset.svelte';
import PasswordInput from './PasswordInput.svelte';
import { checkPasswordRules } from './rules';

const rule = (container: HTMLElement, id: string) =>
	container.querySelector(`[data-rule="${id}"]`)?.getAttribute('data-met');

const PASSPHRASE = 'girafe rideau pomme tonnerre valise cerise hibou';

let workers: string[];

beforeEach(() => {
	workers = [];
	// Records any attempt to start the guessability worker; never actually runs one in jsdom.
	vi.stubGlobal(
		'Worker',
		class {
			onmessage = null;
			onerror = null;
			constructor(url: URL | string) {
				workers.push(String(url));
			}
			postMessage() {}
			terminate() {}
		}
	);
});

afterEach(() => vi.unstubAllGlobals());

async function type(input: HTMLInputElement, text: string, check: () => void = () => {}) {
	for (const ch of text) {
		await fireEvent.input(input, { target: { value: input.value + ch } });
		check();
	}
}

describe('PasswordInput', () => {
	it('renders an accessible password field', () => {
		render(PasswordInput, { id: 'mdp' });
		const input = screen.getByLabelText('Mot de passe') as HTMLInputElement;
		expect(input.type).toBe('password');
		expect(input.getAttribute('autocomplete')).toBe('new-password');
		expect(input.getAttribute('spellcheck')).toBe('false');
		expect(input.getAttribute('autocapitalize')).toBe('off');
		expect(input.hasAttribute('maxlength')).toBe(false);
		const described = input.getAttribute('aria-describedby')!.split(' ');
		expect(described).toContain('mdp-criteria');
		for (const id of described) expect(document.getElementById(id)).not.toBeNull();
	});

	it('flips data-met on each keystroke', async () => {
		const { container } = render(PasswordInput, { id: 'mdp', guessability: false });
		const input = screen.getByLabelText('Mot de passe') as HTMLInputElement;
		const seen: string[] = [];
		await type(input, 'Bonjour2024!', () => {
			seen.push(
				['length-12', 'lowercase', 'uppercase', 'digit', 'special']
					.map((id) => (rule(container, id) === 'true' ? '1' : '0'))
					.join('')
			);
		});
		expect(seen[0]).toBe('00100'); // "B"
		expect(seen[1]).toBe('01100'); // "Bo"
		expect(seen[7]).toBe('01110'); // "Bonjour2"
		expect(seen[10]).toBe('01110'); // 11 characters
		expect(seen[11]).toBe('11111'); // "Bonjour2024!"
		expect(container.querySelector('[data-rule="length-12"]')!.textContent).toContain('respecté');
	});

	it('writes each state in words', async () => {
		const { container } = render(PasswordInput, { id: 'mdp', guessability: false });
		const input = screen.getByLabelText('Mot de passe') as HTMLInputElement;
		await type(input, 'ab');
		expect(container.querySelector('[data-rule="lowercase"]')!.textContent).toMatch(/: respecté/);
		expect(container.querySelector('[data-rule="uppercase"]')!.textContent).toMatch(
			/: non respecté/
		);
	});

	it('shows and hides the password and announces it', async () => {
		render(PasswordInput, { id: 'mdp', guessability: false });
		const input = screen.getByLabelText('Mot de passe') as HTMLInputElement;
		const toggle = screen.getByRole('button', { name: 'Afficher le mot de passe' });
		expect(toggle.getAttribute('type')).toBe('button');
		await fireEvent.click(toggle);
		expect(input.type).toBe('text');
		// A shown password must not become session-restore state (see PasswordInput.svelte).
		expect(input.getAttribute('autocomplete')).toBe('off');
		expect(screen.getByText('Le mot de passe est affiché en clair.')).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Masquer le mot de passe' }));
		expect(input.type).toBe('password');
		expect(input.getAttribute('autocomplete')).toBe('new-password');
		expect(screen.getByText('Le mot de passe est masqué.')).toBeTruthy();
	});

	it('starts no worker until the field is used, then exactly one', async () => {
		render(PasswordInput, { id: 'mdp' });
		expect(workers).toEqual([]);
		const input = screen.getByLabelText('Mot de passe') as HTMLInputElement;
		await fireEvent.focus(input);
		await type(input, 'abc');
		expect(workers).toHaveLength(1);
		expect(workers[0]).toContain('guessability.worker');
	});

	it('works inside a quiz fieldset without guessability, and stores nothing', async () => {
		const { container } = render(InFieldset);
		const input = screen.getByLabelText('Mot de passe') as HTMLInputElement;
		expect(input.closest('fieldset')).not.toBeNull();
		expect(input.getAttribute('aria-describedby')).toContain('consigne');
		await fireEvent.focus(input);
		await type(input, 'Secret-2024!x');
		expect(screen.getByTestId('mirror').textContent).toBe('13');
		expect(workers).toEqual([]);
		expect(container.querySelector('[data-guessability]')).toBeNull();
		expect(localStorage.length).toBe(0);
		expect(sessionStorage.length).toBe(0);
		expect(document.cookie).toBe('');
		expect(container.innerHTML).not.toContain('Secret-2024!x');
		await fireEvent.click(screen.getByRole('button', { name: 'Afficher le mot de passe' }));
		expect(container.querySelector('form')!.checkValidity()).toBe(true);
	});
	it('a 7-word passphrase meets the rule: no criterion is shown as failed', async () => {
		const { container } = render(PasswordInput, { id: 'mdp', guessability: false });
		const input = screen.getByLabelText('Mot de passe') as HTMLInputElement;
		await fireEvent.input(input, { target: { value: PASSPHRASE } });
		const list = container.querySelector('#mdp-criteria')!;
		expect(list.textContent).not.toContain('✗');
		expect(list.textContent).not.toContain('non respecté');
		expect(rule(container, 'uppercase')).toBe('false');
		expect(container.querySelector('[data-rule="uppercase"]')!.textContent).toContain(
			'pas nécessaire ici'
		);
		expect(container.querySelector('#mdp-compliance')!.textContent!.trim()).toBe(
			'Règle de la CNIL respectée par l’exemple 3 (phrase de passe d’au moins 7 mots).'
		);
		expect(container.querySelector('#mdp-criteria-title')!.textContent).toContain(
			'Autre possibilité'
		);
	});

	it('in the quiz, where the video’s rule is asked, the same passphrase misses it', async () => {
		const { container } = render(PasswordInput, {
			id: 'mdp',
			guessability: false,
			requirement: 'cnil-12-4'
		});
		const input = screen.getByLabelText('Mot de passe') as HTMLInputElement;
		await fireEvent.input(input, { target: { value: PASSPHRASE } });
		expect(container.querySelector('[data-rule="uppercase"]')!.textContent).toMatch(
			/: non respecté/
		);
		expect(container.querySelector('#mdp-compliance')!.getAttribute('data-compliance')).toBe(
			'missing'
		);
	});
	it('says the rule is being checked while a long paste is scanned, then shows the exact count', async () => {
		const { container } = render(PasswordInput, { id: 'mdp', guessability: false });
		const input = screen.getByLabelText('Mot de passe') as HTMLInputElement;
		const paste = 'Bonjour2024!é👍'.repeat(7143).slice(0, 100_000);
		await fireEvent.input(input, { target: { value: paste } });
		expect(container.querySelector('[data-rules-pending]')).not.toBeNull();
		await vi.waitFor(() => expect(container.querySelector('[data-rules-pending]')).toBeNull(), {
			timeout: 20_000
		});
		const count = checkPasswordRules(paste).length.toLocaleString('fr-FR');
		expect(container.querySelector('[data-rule="length-12"]')!.textContent).toContain(count);
		await fireEvent.input(input, { target: { value: `${paste}!` } });
		expect(container.querySelector('[data-rules-pending]')).toBeNull();
	});
});
