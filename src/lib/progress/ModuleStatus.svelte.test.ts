// ModuleStatus with an injected store: the lazily loaded store and the idle wait are out of the
// way, so the test awaits the store's own answers only (no race against waitFor's timeout).
import { render } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { componentTestStore, type ComponentTestStore } from './component-test-store';
import ModuleStatus from './ModuleStatus.svelte';

const current = vi.hoisted(() => ({ test: undefined as ComponentTestStore | undefined }));
vi.mock('./open-store', () => ({ openProgressStore: async () => current.test!.store }));

let idleCallbacks = 0;

beforeEach(async () => {
	current.test = await componentTestStore();
	idleCallbacks = 0;
	// The browser is idle at once.
	vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
		idleCallbacks += 1;
		queueMicrotask(callback);
		return idleCallbacks;
	});
	vi.stubGlobal('cancelIdleCallback', () => undefined);
});

// The stubs stay for the whole file: the subscription ends a microtask after the component is
// removed, and cancels its idle wait then.
afterEach(() => current.test?.store.close());

describe('ModuleStatus', () => {
	it('waits for the browser to be idle, shows the status, then follows new attempts live', async () => {
		const { container } = render(ModuleStatus, { slug: 'statut-test' });
		const line = container.querySelector('.module-status')!;
		expect(line.getAttribute('data-status')).toBe('loading');
		expect(idleCallbacks).toBe(1);
		await vi.waitFor(() => expect(line.textContent).toContain('Non commencé'));
		expect(line.getAttribute('data-status')).toBe('not-started');

		const result = await current.test!.store.recordAttempt('statut-test', {
			startedAt: new Date(Date.now() - 60_000).toISOString(),
			endedAt: new Date().toISOString(),
			score: 4,
			total: 5,
			passed: true,
			quizHash: 'h',
			answers: [true, true, true, true, false].map((correct, i) => ({
				questionId: `q${i + 1}`,
				answer: 'a',
				correct
			}))
		});
		expect(result.ok).toBe(true);
		await vi.waitFor(() => expect(line.textContent).toContain('Terminé'));
		expect(line.textContent).toContain('Meilleur score\u00a0: 4/5 (80\u00a0%)');
	});

	it('shows a quiz left in progress', async () => {
		await current.test!.store.saveQuizSnapshot('statut-test', 'h', { value: 'question' });
		const { container } = render(ModuleStatus, { slug: 'statut-test' });
		await vi.waitFor(() => expect(container.textContent).toContain('En cours'));
		expect(container.textContent).toContain('Quiz en cours');
	});
});
