// KeepOffline against a fake service worker: the control's states and words, without a browser
// (tests/e2e/offline-pages.e2e.ts drives the real worker).
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from './messages';
import KeepOffline from './KeepOffline.svelte';

vi.mock('$app/state', () => ({ page: { url: new URL('https://site.fr/modules/a/') } }));

/** A worker that answers `status` with `status` and `keep` with `keep`, each in turn. */
function fakeWorker(answers: { status: FromWorker; keep?: FromWorker[] }) {
	const received: ToWorker[] = [];
	let release = () => {};
	const gate = new Promise<void>((done) => (release = done));
	const worker = {
		postMessage(message: ToWorker, [port]: MessagePort[]) {
			received.push(message);
			if (message.type === 'status') port!.postMessage(answers.status);
			else if (message.type === 'keep') {
				const [first, ...rest] = answers.keep ?? [];
				if (first) port!.postMessage(first);
				void gate.then(() => rest.forEach((answer) => port!.postMessage(answer)));
			}
		}
	};
	vi.stubGlobal('navigator', {
		...navigator,
		serviceWorker: { ready: Promise.resolve({ active: worker }) }
	});
	return { received, release };
}

afterEach(() => vi.unstubAllGlobals());

describe('KeepOffline', () => {
	it('offers the whole catalogue with its size, shows progress, then says it is kept', async () => {
		const worker = fakeWorker({
			status: { type: 'status', kept: 1, total: 3, bytes: 1_234_567 },
			keep: [
				{ type: 'progress', done: 2, total: 3 },
				{ type: 'kept', kept: 3, total: 3, failed: 0 }
			]
		});
		render(KeepOffline, { pages: 'all', label: 'Tout le catalogue' });
		const button = await screen.findByRole('button', { name: 'Tout le catalogue (1,2\u00a0Mo)' });
		expect(screen.getByText('Garder hors connexion :')).toBeTruthy();
		expect(screen.getByRole('status').textContent).toBe(
			'1 sur 3 modules déjà gardés sur cet appareil.'
		);
		await fireEvent.click(button);
		const bar = await screen.findByRole('progressbar');
		await vi.waitFor(() => expect(bar.getAttribute('value')).toBe('2'));
		expect(bar.getAttribute('max')).toBe('3');
		expect(screen.getByRole('status').textContent).toBe('2 sur 3 modules gardés…');
		worker.release();
		await vi.waitFor(() =>
			expect(screen.getByRole('status').textContent).toBe(
				'Les 3 modules sont disponibles hors connexion sur cet appareil.'
			)
		);
		expect(screen.queryByRole('button')).toBeNull();
		expect(worker.received.map((message) => message.type)).toEqual(['status', 'keep']);
	});

	it('keeps the page showing it by default, and offers to retry when the network failed', async () => {
		const worker = fakeWorker({
			status: { type: 'status', kept: 0, total: 1 },
			keep: [{ type: 'kept', kept: 0, total: 1, failed: 1 }]
		});
		render(KeepOffline);
		await fireEvent.click(await screen.findByRole('button', { name: 'Garder hors connexion' }));
		expect(worker.received[0]).toEqual({ type: 'status', pages: ['/modules/a'] });
		expect(worker.received[1]).toEqual({ type: 'keep', pages: ['/modules/a'] });
		worker.release();
		await screen.findByRole('button', { name: 'Réessayer' });
		expect(screen.getByRole('status').textContent).toContain('la connexion a manqué');
	});

	it('says a kept page is available offline, and offers nothing without a service worker', async () => {
		fakeWorker({ status: { type: 'status', kept: 1, total: 1 } });
		const kept = render(KeepOffline);
		await vi.waitFor(() =>
			expect(screen.getByRole('status').textContent).toBe(
				'Disponible hors connexion sur cet appareil.'
			)
		);
		kept.unmount();

		vi.stubGlobal('navigator', { ...navigator, serviceWorker: undefined });
		const { container } = render(KeepOffline);
		await new Promise((done) => setTimeout(done, 10));
		expect(container.textContent?.trim()).toBe('');
	});
});
