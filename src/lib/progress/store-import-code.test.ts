import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureText, KNOWN_SLUGS } from '../../../tests/fixtures/progress/fixtures';
import { openTestStore } from './store-test-helpers';

// The import code is a separate chunk, downloaded on the first import: offline after a
// deployment, that download fails, and the store must say so instead of throwing.

afterEach(() => {
	vi.doUnmock('./import-code');
	vi.resetModules();
});

describe('import code loaded on demand', () => {
	it('refuses the import with a message, changing nothing, when its code cannot be downloaded', async () => {
		vi.resetModules();
		vi.doMock('./import-code', () => {
			throw new TypeError('Failed to fetch dynamically imported module');
		});
		const { store } = await openTestStore();
		await store.markVideoWatched('messagerie-academique', true);
		const before = await store.getAllModules();
		const result = await store.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
		expect(result).toMatchObject({
			ok: false,
			reason: 'code-unavailable',
			message: expect.stringMatching(/rechargez la page.*Votre progression n’a pas été modifiée\.$/)
		});
		expect(await store.getAllModules()).toEqual(before);
	});

	it('previews the import once the code is there', async () => {
		const { store } = await openTestStore();
		const result = await store.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
		expect(result.ok).toBe(true);
	});
});
