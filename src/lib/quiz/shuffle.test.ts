import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayOrder, seededRandom, shuffle } from './shuffle';

describe('seeded shuffle', () => {
	it('is a deterministic permutation', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer(), { maxLength: 12 }),
				fc.integer({ min: 0, max: 2 ** 32 - 1 }),
				(items, seed) => {
					const once = shuffle(items, seed);
					expect(shuffle(items, seed)).toEqual(once);
					expect([...once].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
				}
			)
		);
	});

	it('gives different orders for different seeds', () => {
		const items = ['a', 'b', 'c', 'd', 'e', 'f'];
		const orders = new Set(Array.from({ length: 50 }, (_, seed) => shuffle(items, seed).join('')));
		expect(orders.size).toBeGreaterThan(20);
	});

	it('is roughly uniform', () => {
		const counts = new Map<string, number>();
		for (let seed = 0; seed < 6000; seed++) {
			const key = shuffle(['a', 'b', 'c'], seed).join('');
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		expect(counts.size).toBe(6);
		for (const count of counts.values()) expect(count).toBeGreaterThan(800);
	});

	it('draws floats in [0, 1)', () => {
		const random = seededRandom(7);
		for (let i = 0; i < 1000; i++) {
			const x = random();
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
		}
	});
});

describe('displayOrder', () => {
	it('differs between questions of the same attempt', () => {
		const ids = ['c1', 'c2', 'c3', 'c4', 'c5'];
		const orders = new Set(
			['q1', 'q2', 'q3', 'q4', 'q5'].map((q) => displayOrder(ids, 1, q).join())
		);
		expect(orders.size).toBeGreaterThan(1);
	});

	it('never starts an ordering question in the right order', () => {
		for (let seed = 0; seed < 500; seed++) {
			expect(displayOrder(['s1', 's2'], seed, 'etapes', true)).toEqual(['s2', 's1']);
			expect(displayOrder(['s1', 's2', 's3'], seed, 'etapes', true).join()).not.toBe('s1,s2,s3');
		}
	});
});
