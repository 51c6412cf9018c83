// The store's import (refusals, merge, replace, round trip, all or nothing) and clearAll.
// Dexie's liveQuery only runs when a global indexedDB exists; each test still uses its own.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
	fixtureText,
	KNOWN_SLUGS,
	malformedFixtures,
	NOW
} from '../../../tests/fixtures/progress/fixtures';
import type { ProgressBackend } from './backend';
import { openDexieBackend } from './dexie-backend';
import { createProgressStore } from './store';
import { attempt, closingAfterEach, dump, seed, SLUG } from './store-test-helpers';

const open = closingAfterEach();

describe('import', () => {
	it('refuses every malformed file and changes nothing', async () => {
		const { store } = await open();
		await seed(store);
		await store.saveQuizSnapshot('securite', 'h1', { step: 1 });
		const before = await dump(store);
		const reasons = new Set<string>();
		for (const name of malformedFixtures()) {
			const result = await store.previewImport(fixtureText(`malformed/${name}`), KNOWN_SLUGS);
			expect(result.ok, name).toBe(false);
			if (!result.ok) reasons.add(result.reason);
		}
		expect(reasons.size).toBeGreaterThanOrEqual(10);
		expect(await dump(store)).toBe(before);
		expect(await store.loadQuizSnapshot('securite', 'h1')).toMatchObject({ status: 'resume' });
	});

	it('merges, keeping the best of both', async () => {
		const { store } = await open();
		await store.recordAttempt(SLUG, attempt({ score: 2, passed: false }));
		await store.saveQuizSnapshot('securite', 'h1', { step: 1 });
		const preview = await store.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
		if (!preview.ok) throw new Error(preview.message);
		expect(preview.preview.changes[0]).toMatchObject({
			before: { status: 'in-progress', attemptCount: 1 },
			merged: { status: 'completed', attemptCount: 3 },
			newAttempts: 2
		});
		const result = await store.applyImport(preview.preview, 'merge');
		expect(result).toMatchObject({ ok: true, modules: 2, newAttempts: 2 });
		const module = await store.getModule(SLUG);
		expect(module.attempts).toHaveLength(3);
		expect(module.bestScore).toMatchObject({ score: 5, total: 5 });
		expect(module.lastScore).toMatchObject({ score: 2, total: 5 });
		expect(await store.loadQuizSnapshot('securite', 'h1')).toMatchObject({ status: 'resume' });
		// Importing the same file again adds nothing.
		const again = await store.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
		if (!again.ok) throw new Error(again.message);
		expect(again.preview.newAttempts).toBe(0);
		expect(await store.applyImport(again.preview, 'merge')).toMatchObject({ newAttempts: 0 });
		expect((await store.getModule(SLUG)).attempts).toHaveLength(3);
	});

	it('replaces everything, quizzes in progress included', async () => {
		const { store } = await open();
		await store.recordAttempt('securite', attempt());
		await store.saveQuizSnapshot(SLUG, 'h1', { step: 1 });
		await seed(store);
		const modules = await store.getAllModules();
		expect(modules.map((module) => module.slug)).toEqual([SLUG, 'mot-de-passe']);
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toEqual({ status: 'none' });
	});

	it('exports a file that imports back into a fresh browser identically', async () => {
		const { store } = await open();
		await seed(store);
		await store.recordAttempt('securite', attempt());
		await store.markVideoWatched('securite', true);
		const file = await store.exportProgress();
		const { store: fresh } = await open();
		const preview = await fresh.previewImport(JSON.stringify(file), KNOWN_SLUGS);
		if (!preview.ok) throw new Error(preview.message);
		await fresh.applyImport(preview.preview, 'merge');
		expect(await dump(fresh)).toBe(await dump(store));
	});

	it('is all or nothing when the transaction fails half-way', async () => {
		const indexedDB = new IDBFactory();
		const { store } = await open({ indexedDB });
		await store.recordAttempt('securite', attempt());
		const before = await dump(store);
		const real = await openDexieBackend({ indexedDB, IDBKeyRange });
		const failing: ProgressBackend = {
			...real,
			transact: (work) =>
				real.transact((transaction) =>
					work({
						...transaction,
						write: async (changes) => {
							await transaction.write(changes);
							throw new Error('panne simulée après écriture');
						}
					})
				)
		};
		const broken = await createProgressStore({
			backend: failing,
			now: () => NOW,
			storageManager: null
		});
		for (const mode of ['merge', 'replace'] as const) {
			const preview = await broken.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
			if (!preview.ok) throw new Error(preview.message);
			const result = await broken.applyImport(preview.preview, mode);
			expect(result).toMatchObject({
				ok: false,
				message: expect.stringContaining('rien n’a été modifié')
			});
		}
		expect(await dump(store)).toBe(before);
		real.close();
	});
});

describe('clearAll', () => {
	it('erases everything', async () => {
		const { store } = await open();
		await seed(store);
		await store.saveQuizSnapshot(SLUG, 'h1', {});
		expect(await store.clearAll()).toEqual({ ok: true });
		expect(await store.getAllModules()).toEqual([]);
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toEqual({ status: 'none' });
	});
});
