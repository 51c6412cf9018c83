// StorageNotice with an injected store: real notices (full quota, unreadable records, durable
// storage granted) must reach the right live region, and "Masquer" must hide them.
import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { componentTestStore, type ComponentTestStore } from './component-test-store';
import StorageNotice from './StorageNotice.svelte';

const current = vi.hoisted(() => ({ test: undefined as ComponentTestStore | undefined }));
vi.mock('./open-store', () => ({ openProgressStore: async () => current.test!.store }));

afterEach(() => current.test?.store.close());

function regions(container: HTMLElement) {
	return {
		alert: container.querySelector<HTMLElement>('[role="alert"]')!,
		status: container.querySelector<HTMLElement>('[role="status"]')!
	};
}

/** The component's two live regions. A notice raised before it subscribes is shown all the
 * same: the store hands the current status to every new subscriber. */
function mounted() {
	return regions(render(StorageNotice).container);
}

describe('StorageNotice', () => {
	it('announces a full quota as an alert, and hides it on request', async () => {
		current.test = await componentTestStore();
		const { alert, status } = mounted();
		expect(alert.textContent?.trim()).toBe('');

		current.test.quotaFull = true;
		const result = await current.test.store.markVideoWatched('messagerie-academique', true);
		expect(result.ok).toBe(false);
		await vi.waitFor(() => expect(alert.textContent).toContain('L’espace de stockage'));
		expect(status.textContent?.trim()).toBe('');

		await fireEvent.click(alert.querySelector('button')!);
		await vi.waitFor(() => expect(alert.textContent?.trim()).toBe(''));
		expect(current.test.store.status.notices).toEqual([]);
	});

	it('says in the status region that unreadable records were skipped', async () => {
		current.test = await componentTestStore();
		await current.test.backend.transact((transaction) =>
			transaction.write({
				putModules: [{ slug: 'securite', startedAt: 'pas une date' } as never]
			})
		);
		const { alert, status } = mounted();
		await current.test.store.getAllModules();
		await vi.waitFor(() =>
			expect(status.textContent).toContain('Une donnée de progression enregistrée était illisible')
		);
		expect(status.textContent).toContain('(module securite)');
		expect(alert.textContent?.trim()).toBe('');
	});

	it('says once the browser agreed to keep the progress durably, until hidden', async () => {
		current.test = await componentTestStore({ durable: true });
		const { status } = mounted();
		expect(status.textContent?.trim()).toBe('');
		await current.test.store.markVideoWatched('messagerie-academique', true);
		await vi.waitFor(() =>
			expect(status.textContent).toContain('Votre navigateur conservera durablement')
		);
		await fireEvent.click(status.querySelector('button')!);
		await vi.waitFor(() => expect(status.textContent?.trim()).toBe(''));
	});
});
