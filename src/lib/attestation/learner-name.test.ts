import { describe, expect, it } from 'vitest';
import { cleanName, keepName, NAME_KEY, readKeptName } from './learner-name';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => void data.set(key, value),
		removeItem: (key: string) => void data.delete(key)
	};
}

describe('the learner’s name on an attestation', () => {
	it('is kept only when the learner asks, and forgotten when they change their mind', () => {
		const storage = memoryStorage();
		keepName(storage, '  Camille   Martin ', false);
		expect(storage.data.size).toBe(0);
		keepName(storage, '  Camille   Martin ', true);
		expect(storage.data.get(NAME_KEY)).toBe('Camille Martin');
		expect(readKeptName(storage)).toBe('Camille Martin');
		keepName(storage, 'Camille Martin', false);
		expect(storage.data.size).toBe(0);
	});

	it('distrusts what storage holds', () => {
		expect(readKeptName(memoryStorage({ [NAME_KEY]: 'x'.repeat(500) }))).toBe('');
		expect(readKeptName(memoryStorage({ [NAME_KEY]: 'Ana\u0000\u202eïs' }))).toBe('Ana ïs');
		expect(readKeptName(undefined)).toBe('');
		const throwing = {
			getItem: () => {
				throw new Error('SecurityError');
			}
		};
		expect(readKeptName(throwing)).toBe('');
	});

	it('cleans what is typed', () => {
		expect(cleanName('\tJean-Éric\n de  La Fontaine ')).toBe('Jean-Éric de La Fontaine');
	});
});
