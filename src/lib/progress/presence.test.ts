import { describe, expect, it } from 'vitest';
import { mayHoldProgress } from './presence';

const factory = (names: string[]) => ({
	databases: () => Promise.resolve(names.map((name) => ({ name, version: 1 })))
});

describe('mayHoldProgress', () => {
	it('is false only when the browser surely has no progress database', async () => {
		expect(await mayHoldProgress(factory([]))).toBe(false);
		expect(await mayHoldProgress(factory(['autre']))).toBe(false);
		expect(await mayHoldProgress(factory(['capsules-progress']))).toBe(true);
		expect(await mayHoldProgress(undefined)).toBe(false);
	});

	it('assumes progress when the browser cannot list its databases', async () => {
		expect(await mayHoldProgress({} as Pick<IDBFactory, 'databases'>)).toBe(true);
		const failing = { databases: () => Promise.reject(new Error('SecurityError')) };
		expect(await mayHoldProgress(failing)).toBe(true);
	});
});
