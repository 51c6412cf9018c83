// The live fan-out without a database: one watch shared, the latest value for late subscribers.
import { describe, expect, it } from 'vitest';
import type { ModuleData } from './model';
import { LiveFanout } from './live-fanout';
import type { RawProgressData } from './validate-stored';

const raw = (count: number): RawProgressData => ({
	modules: Array.from({ length: count }, (_, i) => ({ slug: `m${i}` })),
	attempts: [],
	snapshots: []
});

function fanout() {
	const watch = { started: 0, stopped: 0, push: (_data: RawProgressData) => {} };
	const errors: unknown[] = [];
	const live = new LiveFanout(
		(onData) => {
			watch.started += 1;
			watch.push = onData;
			return () => (watch.stopped += 1);
		},
		(data) =>
			new Map<string, ModuleData>(
				data.modules.map((_, i) => [`m${i}`, { record: null, attempts: [], snapshot: null }])
			),
		(error) => errors.push(error)
	);
	return { live, watch, errors };
}

describe('LiveFanout', () => {
	it('shares one watch between subscribers and stops it with the last one', () => {
		const { live, watch } = fanout();
		const seenA: number[] = [];
		const seenB: number[] = [];
		const stopA = live.subscribe((modules) => seenA.push(modules.size));
		const stopB = live.subscribe((modules) => seenB.push(modules.size));
		watch.push(raw(2));
		expect([seenA, seenB]).toEqual([[2], [2]]);
		stopA();
		watch.push(raw(3));
		expect([seenA, seenB]).toEqual([[2], [2, 3]]);
		expect(watch.stopped).toBe(0);
		stopB();
		expect([watch.started, watch.stopped]).toEqual([1, 1]);
	});

	it('gives a late subscriber the latest value at once (next microtask)', async () => {
		const { live, watch } = fanout();
		live.subscribe(() => {});
		watch.push(raw(4));
		const seen: number[] = [];
		live.subscribe((modules) => seen.push(modules.size));
		expect(seen).toEqual([]);
		await Promise.resolve();
		expect(seen).toEqual([4]);
	});

	it('does not call back a subscriber that left before the microtask', async () => {
		const { live, watch } = fanout();
		live.subscribe(() => {});
		watch.push(raw(1));
		const seen: number[] = [];
		live.subscribe((modules) => seen.push(modules.size))();
		await Promise.resolve();
		expect(seen).toEqual([]);
	});

	it('watches again after everyone left, without a stale value', async () => {
		const { live, watch } = fanout();
		live.subscribe(() => {})();
		const seen: number[] = [];
		live.subscribe((modules) => seen.push(modules.size));
		await Promise.resolve();
		expect(seen).toEqual([]);
		expect(watch.started).toBe(2);
	});
});
