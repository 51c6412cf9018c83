// Snapshot saves without a database: serialised at once, coalesced while they wait.
import { describe, expect, it } from 'vitest';
import type { WriteResult } from './api';
import { MAX_SNAPSHOT_CHARS } from './limits';
import { createMemoryBackend } from './memory-backend';
import { serializeSnapshot, SnapshotSaves } from './snapshot-saves';
import { WriteQueue } from './write-queue';

function saves() {
	const queue = new WriteQueue(createMemoryBackend(), () => undefined);
	const written: [string, string, string][] = [];
	const saver = new SnapshotSaves(queue, async (slug, quizHash, json): Promise<WriteResult> => {
		written.push([slug, quizHash, json]);
		return { ok: true };
	});
	return { queue, saver, written };
}

describe('serializeSnapshot', () => {
	it('serialises JSON data', () => {
		expect(serializeSnapshot({ step: 1 })).toEqual({ ok: true, json: '{"step":1}' });
	});

	it('refuses what JSON cannot hold, and what is too large', () => {
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(serializeSnapshot(cyclic)).toMatchObject({ ok: false, message: /format inattendu/ });
		expect(serializeSnapshot(() => 1)).toMatchObject({ ok: false });
		expect(serializeSnapshot('x'.repeat(MAX_SNAPSHOT_CHARS))).toMatchObject({
			ok: false,
			message: /trop volumineux/
		});
	});
});

describe('SnapshotSaves', () => {
	it('writes only the latest of the saves waiting behind a busy queue', async () => {
		const { queue, saver, written } = saves();
		let release = () => {};
		const busy = new Promise<void>((resolve) => (release = resolve));
		void queue.enqueue(() => busy);
		const results = [1, 2, 3].map((step) => saver.save('a', `h${step}`, { step }));
		const other = saver.save('b', 'h', { step: 9 });
		release();
		expect(await Promise.all([...results, other])).toEqual(
			results.map(() => ({ ok: true })).concat({ ok: true })
		);
		expect(written).toEqual([
			['a', 'h3', '{"step":3}'],
			['b', 'h', '{"step":9}']
		]);
	});

	it('serialises at once: a later change to the object is not saved', async () => {
		const { saver, written } = saves();
		const snapshot = { step: 1 };
		const saved = saver.save('a', 'h', snapshot);
		snapshot.step = 2;
		await saved;
		expect(written).toEqual([['a', 'h', '{"step":1}']]);
	});

	it('queues a new save once the waiting one has started', async () => {
		const { saver, written } = saves();
		await saver.save('a', 'h', { step: 1 });
		await saver.save('a', 'h', { step: 2 });
		expect(written.map(([, , json]) => json)).toEqual(['{"step":1}', '{"step":2}']);
	});

	it('refuses an unserialisable snapshot without queueing it', async () => {
		const { saver, written } = saves();
		expect(await saver.save('a', 'h', () => 1)).toMatchObject({ ok: false });
		expect(written).toEqual([]);
	});
});
