// The quiz's notices: the status region is there before any message, and keeps its element.
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import QuizNotices from './QuizNotices.svelte';

describe('QuizNotices', () => {
	it('keeps one empty status region, then shows messages inside that same element', async () => {
		const view = render(QuizNotices, { messages: [null, undefined] });
		const region = screen.getByRole('status');
		expect(region.textContent?.trim()).toBe('');
		expect(screen.queryByRole('alert')).toBeNull();

		await view.rerender({ messages: ['Le quiz a été modifié.', null, 'Il a avancé ailleurs.'] });
		expect(screen.getByRole('status')).toBe(region);
		expect([...region.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
			'Le quiz a été modifié.',
			'Il a avancé ailleurs.'
		]);
	});

	it('shows an error as an alert, outside the status region', () => {
		render(QuizNotices, { messages: [], error: 'Enregistrement impossible.' });
		expect(screen.getByRole('alert').textContent).toBe('Enregistrement impossible.');
		expect(screen.getByRole('status').textContent?.trim()).toBe('');
	});
});
