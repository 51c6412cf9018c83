import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Quiz from './Quiz.svelte';
import { sampleQuiz, SAMPLE_STRONG_PASSWORD } from './sample-quiz';
import { displayOrder } from './shuffle';
import { restorableQuizSnapshot } from './snapshot';
import type { QuizResult } from './types';

const SEED = 12345;

async function click(name: string | RegExp) {
	await fireEvent.click(screen.getByRole('button', { name }));
	await tick();
}

function feedback(): HTMLElement {
	return document.querySelector<HTMLElement>('[data-outcome]')!;
}

async function answerCurrent(kind: 'right' | 'wrong') {
	const legend = document.querySelector('legend')!.textContent ?? '';
	if (legend.startsWith('Quel canal')) {
		await fireEvent.click(
			screen.getByLabelText(kind === 'right' ? 'La messagerie académique' : 'L’adresse personnelle')
		);
	} else if (legend.startsWith('Que reçoit-on')) {
		await fireEvent.click(screen.getByLabelText('Les lettres de rentrée'));
		if (kind === 'right') await fireEvent.click(screen.getByLabelText('Les lettres de diffusion'));
	} else if (legend.startsWith('Adresse')) {
		await fireEvent.input(screen.getByLabelText('Adresse électronique'), {
			target: {
				value: kind === 'right' ? 'Michel.Dupond@AC-Lille.fr ' : 'michel.dupont@ac-lille.fr'
			}
		});
	} else if (legend.startsWith('Inventez')) {
		await fireEvent.input(screen.getByLabelText('Mot de passe d’exercice'), {
			target: { value: kind === 'right' ? SAMPLE_STRONG_PASSWORD : 'court' }
		});
	} else {
		await sortSteps(kind === 'right' ? ['s1', 's2', 's3'] : ['s2', 's1', 's3']);
	}
	await tick();
	await click('Valider');
}

// Moves steps with the "Monter" buttons until the list reads `wanted`.
async function sortSteps(wanted: string[]) {
	const text: Record<string, string> = {
		s1: 'Ouvrir le webmail',
		s2: 'Se connecter',
		s3: 'Changer le mot de passe'
	};
	for (let target = 0; target < wanted.length; target++) {
		for (;;) {
			const items = [...document.querySelectorAll('.ordering li .step')].map(
				(el) => el.textContent
			);
			const at = items.indexOf(text[wanted[target]!]!);
			if (at === target) break;
			await fireEvent.click(
				screen.getByRole('button', { name: `Monter\u00a0: ${text[wanted[target]!]}` })
			);
			await tick();
		}
	}
}

describe('Quiz.svelte', () => {
	it('shows the intro, then the first question as a fieldset with focus on the progress', async () => {
		render(Quiz, { props: { quiz: sampleQuiz, seed: SEED } });
		expect(screen.getByRole('region', { name: 'Quiz' })).toBeTruthy();
		expect(screen.getByRole('heading', { level: 2, name: 'Quiz' })).toBeTruthy();
		expect(screen.getByText(/seule votre première réponse compte pour le score/)).toBeTruthy();
		await click('Commencer');
		const progress = screen.getByRole('heading', { name: 'Question 1 sur 5' });
		expect(document.activeElement).toBe(progress);
		const group = screen.getByRole('group', {
			name: 'Quel canal privilégier pour écrire à la hiérarchie ?'
		});
		expect(within(group).getAllByRole('radio')).toHaveLength(3);
	});

	it('shuffles choices from the seed', async () => {
		render(Quiz, { props: { quiz: sampleQuiz, seed: SEED } });
		await click('Commencer');
		const ids = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map(
			(i) => i.value
		);
		expect(ids).toEqual(displayOrder(['c1', 'c2', 'c3'], SEED, 'canal'));
	});

	it('does not grade an empty answer: an alert says what is missing', async () => {
		render(Quiz, { props: { quiz: sampleQuiz, seed: SEED } });
		await click('Commencer');
		await click('Valider');
		expect(screen.getByRole('alert').textContent).toContain('Aucune réponse choisie');
		expect(feedback()).toBeNull();
	});

	it('gives feedback in a status region, moves focus to it, offers a retry', async () => {
		render(Quiz, { props: { quiz: sampleQuiz, seed: SEED } });
		await click('Commencer');
		await answerCurrent('wrong');
		const element = feedback();
		expect(element.dataset.outcome).toBe('incorrect');
		expect(element.closest('[role="status"]')).toBeTruthy();
		expect(document.activeElement).toBe(element);
		expect(element.textContent).toContain('Pas pour la hiérarchie.');
		expect(screen.getByRole('link', { name: 'Revoir ce passage' }).getAttribute('href')).toBe(
			'#transcription-2'
		);
		expect(screen.getByRole('group').hasAttribute('disabled')).toBe(true);
		await click('Réessayer');
		expect(feedback()).toBeNull();
		// Back on the answer given, which is kept so the learner can change it.
		expect(document.activeElement).toBe(screen.getByLabelText('L’adresse personnelle'));
		await answerCurrent('right');
		expect(feedback().dataset.outcome).toBe('correct');
		expect(feedback().textContent).toContain('le score retient votre première réponse');
		expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
	});

	it('runs a whole attempt: results with the review, onFinish, retake', async () => {
		const onFinish = vi.fn<(r: QuizResult) => void>();
		const saved: string[] = [];
		render(Quiz, {
			props: {
				quiz: sampleQuiz,
				seed: SEED,
				onFinish,
				onSnapshot: (s: unknown) => saved.push(JSON.stringify(s))
			}
		});
		await click('Commencer');
		const plan = ['right', 'wrong', 'right', 'wrong', 'right'] as const;
		for (const [i, kind] of plan.entries()) {
			expect(screen.getByRole('heading', { name: `Question ${i + 1} sur 5` })).toBeTruthy();
			await answerCurrent(kind);
			expect(feedback().dataset.outcome).toBe(kind === 'right' ? 'correct' : 'incorrect');
			await click(i === plan.length - 1 ? 'Voir mon résultat' : 'Question suivante');
		}
		const heading = screen.getByRole('heading', { name: 'Votre résultat' });
		expect(document.activeElement).toBe(heading);
		expect(screen.getByText('3 / 5')).toBeTruthy();
		expect(document.querySelector('.score')!.textContent).toContain('Quiz non réussi');
		const items = document.querySelectorAll('.review-item');
		expect(items).toHaveLength(5);
		expect(items[1]!.textContent).toContain('Votre réponse');
		expect(items[1]!.textContent).toContain('Bonne réponse');
		expect(items[2]!.textContent).toContain('Michel.Dupond@AC-Lille.fr');
		expect(items[3]!.textContent).toContain('non conforme');
		expect(onFinish).toHaveBeenCalledTimes(1);
		expect(onFinish.mock.calls[0]![0]).toMatchObject({ score: 3, total: 5, passed: false });
		expect(saved.length).toBeGreaterThan(10);
		expect(saved.some((s) => s.includes('court'))).toBe(false);
		await click('Recommencer');
		expect(screen.getByRole('heading', { name: 'Question 1 sur 5' })).toBeTruthy();
	});

	it('puts the summary and the actions before the review, and filters the mistakes', async () => {
		render(Quiz, {
			props: {
				quiz: {
					...sampleQuiz,
					resultMessages: [
						{ from: 0, to: 59, html: '<p>Revoyez la vidéo.</p>' },
						{ from: 60, to: 100, html: '<p>Message des auteurs pour 60 % et plus.</p>' }
					]
				},
				seed: SEED
			}
		});
		await click('Commencer');
		for (const [i, kind] of (['right', 'wrong', 'right', 'wrong', 'right'] as const).entries()) {
			await answerCurrent(kind);
			await click(i === 4 ? 'Voir mon résultat' : 'Question suivante');
		}
		const order = [
			document.querySelector('.score')!,
			screen.getByText('Message des auteurs pour 60 % et plus.'),
			screen.getByRole('button', { name: 'Revoir mes erreurs' }),
			screen.getByRole('button', { name: 'Recommencer' }),
			screen.getByRole('heading', { name: 'Le détail de vos réponses' }),
			document.querySelector('.review-item')!
		];
		for (let i = 1; i < order.length; i++) {
			const position = order[i - 1]!.compareDocumentPosition(order[i]!);
			expect(position & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		}
		expect(screen.queryByText('Revoyez la vidéo.')).toBeNull();

		await click('Revoir mes erreurs');
		expect(document.activeElement).toBe(
			screen.getByRole('heading', { name: 'Le détail de vos réponses' })
		);
		const shown = [...document.querySelectorAll<HTMLElement>('.review-item')];
		expect(shown.map((item) => item.dataset.correct)).toEqual(['false', 'false']);
		expect(
			screen.getByRole<HTMLInputElement>('radio', { name: /Seulement mes erreurs/ }).checked
		).toBe(true);
		await fireEvent.click(screen.getByRole('radio', { name: /Toutes les questions/ }));
		await tick();
		expect(document.querySelectorAll('.review-item')).toHaveLength(5);
	});

	it('never saves the typed password', async () => {
		const saved: string[] = [];
		render(Quiz, {
			props: {
				quiz: sampleQuiz,
				seed: SEED,
				onSnapshot: (s: unknown) => saved.push(JSON.stringify(s))
			}
		});
		await click('Commencer');
		for (let i = 0; i < 3; i++) {
			await answerCurrent('right');
			await click('Question suivante');
		}
		await answerCurrent('right');
		expect(feedback().dataset.outcome).toBe('correct');
		expect(saved.join('\n')).not.toContain(SAMPLE_STRONG_PASSWORD);
	});

	it('restores a valid saved attempt and ignores an invalid one', async () => {
		let last: unknown;
		const first = render(Quiz, {
			props: { quiz: sampleQuiz, seed: SEED, onSnapshot: (s: unknown) => (last = s) }
		});
		await click('Commencer');
		await answerCurrent('wrong');
		first.unmount();

		const restored = render(Quiz, {
			props: {
				quiz: sampleQuiz,
				initialSnapshot: restorableQuizSnapshot(sampleQuiz, JSON.parse(JSON.stringify(last)))
			}
		});
		expect(feedback().dataset.outcome).toBe('incorrect');
		expect(screen.getByRole('heading', { name: 'Question 1 sur 5' })).toBeTruthy();
		expect(screen.getByLabelText<HTMLInputElement>('L’adresse personnelle').checked).toBe(true);
		restored.unmount();

		const edited = { ...sampleQuiz, hash: 'edited' };
		expect(restorableQuizSnapshot(edited, last)).toBeUndefined();
		render(Quiz, {
			props: { quiz: edited, initialSnapshot: restorableQuizSnapshot(edited, last) }
		});
		expect(screen.getByRole('button', { name: 'Commencer' })).toBeTruthy();
	});

	it('orders steps by keyboard buttons, keeping focus on the moved step', async () => {
		render(Quiz, { props: { quiz: sampleQuiz, seed: SEED } });
		// The ordering question is the fifth.
		await click('Commencer');
		for (let i = 0; i < 4; i++) {
			await answerCurrent('right');
			await click('Question suivante');
		}
		const first = document.querySelector('.ordering li .step')!.textContent!;
		const down = screen.getByRole('button', { name: `Descendre\u00a0: ${first}` });
		await fireEvent.click(down);
		await tick();
		await tick();
		expect(document.querySelectorAll('.ordering li .step')[1]!.textContent).toBe(first);
		expect(document.activeElement?.getAttribute('aria-label')).toBe(`Descendre\u00a0: ${first}`);
		expect(
			screen.getAllByRole('status').some((s) => s.textContent?.includes('position 2 sur 3'))
		).toBe(true);
		await answerCurrent('right');
		expect(feedback().dataset.outcome).toBe('correct');
	});
});
