// The lifecycle helper alone, on a fake store: it opens and subscribes only while an effect reads
// it, and unsubscribes once nothing does.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { ProgressStore, StoreStatus } from './api';
import { StoreValue } from './store-value.svelte';

function fakeStore() {
	const fake = {
		opened: 0,
		subscribed: 0,
		unsubscribed: 0,
		push: (_status: StoreStatus) => {},
		store: {
			subscribeStatus(callback: (status: StoreStatus) => void) {
				fake.subscribed += 1;
				fake.push = callback;
				return () => (fake.unsubscribed += 1);
			}
		} as unknown as ProgressStore
	};
	const open = async () => {
		fake.opened += 1;
		return fake.store;
	};
	return { fake, open };
}

const status = (persistence: StoreStatus['persistence']): StoreStatus => ({
	available: true,
	notices: [],
	persistence,
	persistenceAsked: false
});

const microtasks = async () => {
	for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

describe('StoreValue', () => {
	it('does nothing while nothing reads it in an effect', async () => {
		const { fake, open } = fakeStore();
		const value = new StoreValue<StoreStatus | null>(null, (s, set) => s.subscribeStatus(set), {
			open
		});
		expect(value.current).toBeNull();
		await microtasks();
		expect(fake.opened).toBe(0);
	});

	it('follows the store while read, then unsubscribes', async () => {
		const { fake, open } = fakeStore();
		const value = new StoreValue<StoreStatus | null>(null, (s, set) => s.subscribeStatus(set), {
			open
		});
		const seen: (string | null)[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(value.current?.persistence ?? null);
			});
		});
		flushSync();
		await microtasks();
		expect([fake.opened, fake.subscribed]).toEqual([1, 1]);
		expect(value.store).toBe(fake.store);
		fake.push(status('persisted'));
		flushSync();
		fake.push(status('denied'));
		flushSync();
		// Each delivery re-runs the reader once; the store opening alone does not.
		expect(seen).toEqual([null, 'persisted', 'denied']);
		stop();
		await microtasks();
		expect(fake.unsubscribed).toBe(1);
	});

	it('shares one subscription between readers', async () => {
		const { fake, open } = fakeStore();
		const value = new StoreValue<StoreStatus | null>(null, (s, set) => s.subscribeStatus(set), {
			open
		});
		const stop = $effect.root(() => {
			$effect(() => void value.current);
			$effect(() => void value.current);
		});
		flushSync();
		await microtasks();
		expect(fake.subscribed).toBe(1);
		stop();
		await microtasks();
		expect(fake.unsubscribed).toBe(1);
	});

	it('waits for `defer`, and never opens when the reader goes first', async () => {
		const { fake, open } = fakeStore();
		let start: (() => void) | undefined;
		let cancelled = 0;
		const value = new StoreValue<StoreStatus | null>(null, (s, set) => s.subscribeStatus(set), {
			open,
			defer: (run) => {
				start = run;
				return () => (cancelled += 1);
			}
		});
		const stop = $effect.root(() => {
			$effect(() => void value.current);
		});
		flushSync();
		await microtasks();
		expect(fake.opened).toBe(0);
		stop();
		await microtasks();
		expect(cancelled).toBe(1);
		start?.();
		await microtasks();
		expect(fake.subscribed).toBe(0);
	});

	it('says when the store could not be opened', async () => {
		const value = new StoreValue<null>(null, () => () => undefined, {
			open: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
		});
		const failed: boolean[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				failed.push(value.failed);
			});
		});
		flushSync();
		await microtasks();
		flushSync();
		expect(failed).toEqual([false, true]);
		stop();
	});
});
