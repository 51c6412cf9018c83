// The write queue without a database: order, one retry, quota and failure notices.
import { describe, expect, it } from 'vitest';
import type { StoreNotice } from './api';
import type { BackendTransaction, ProgressBackend } from './backend';
import { createMemoryBackend } from './memory-backend';
import { WriteQueue } from './write-queue';

function failingTimes(count: number, error: unknown): ProgressBackend & { calls: number } {
	const real = createMemoryBackend();
	const backend = {
		...real,
		calls: 0,
		transact<T>(work: (transaction: BackendTransaction) => Promise<T>): Promise<T> {
			backend.calls += 1;
			return backend.calls <= count ? Promise.reject(error) : real.transact(work);
		}
	};
	return backend;
}

function queueOver(backend: ProgressBackend) {
	const notices: StoreNotice[] = [];
	return { queue: new WriteQueue(backend, (notice) => notices.push(notice)), notices };
}

describe('WriteQueue', () => {
	it('runs tasks in the order they were queued, even after a failed one', async () => {
		const { queue } = queueOver(createMemoryBackend());
		const order: number[] = [];
		const slow = queue.enqueue(async () => {
			await new Promise((resolve) => setTimeout(resolve, 10));
			order.push(1);
		});
		const failing = queue.enqueue(async () => {
			order.push(2);
			throw new Error('tâche en échec');
		});
		const last = queue.enqueue(async () => order.push(3));
		await expect(failing).rejects.toThrow('tâche en échec');
		await Promise.all([slow, last]);
		expect(order).toEqual([1, 2, 3]);
	});

	it('writes and returns the value of the transaction', async () => {
		const backend = createMemoryBackend();
		const { queue, notices } = queueOver(backend);
		expect(await queue.transact(async () => 42)).toEqual({ ok: true, value: 42 });
		const record = { slug: 'a', startedAt: 'x', updatedAt: 'x', videoWatchedAt: null };
		expect(await queue.write({ putModules: [record] })).toEqual({ ok: true, value: undefined });
		expect((await backend.readAll()).modules).toEqual([record]);
		expect(notices).toEqual([]);
	});

	it('retries a lost connection once, silently', async () => {
		const backend = failingTimes(1, new DOMException('Connection lost', 'UnknownError'));
		const { queue, notices } = queueOver(backend);
		expect(await queue.transact(async () => 'ok')).toEqual({ ok: true, value: 'ok' });
		expect(backend.calls).toBe(2);
		expect(notices).toEqual([]);
	});

	it('reports a second failure with a notice naming the error', async () => {
		const backend = failingTimes(2, new DOMException('Connection lost', 'UnknownError'));
		const { queue, notices } = queueOver(backend);
		const result = await queue.transact(async () => 'ok');
		expect(result).toMatchObject({ ok: false, message: expect.stringContaining('UnknownError') });
		expect(notices.map((notice) => notice.kind)).toEqual(['write-failed']);
	});

	it('does not retry a full quota, and explains it', async () => {
		const backend = failingTimes(5, { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
		const { queue, notices } = queueOver(backend);
		const result = await queue.transact(async () => 'ok');
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringContaining('espace de stockage')
		});
		expect(backend.calls).toBe(1);
		expect(notices.map((notice) => notice.kind)).toEqual(['quota']);
	});
});
