// Shared by this folder's store tests: a fresh fake IndexedDB per test, a fixed clock, a valid
// attempt, the seed file.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { fixtureText, KNOWN_SLUGS, NOW } from '../../../tests/fixtures/progress/fixtures';
import type { ProgressStore } from './api';
import type { NewAttempt } from './records';
import type { StorageManagerLike } from './store';
import { createProgressStore, type ProgressStoreOptions } from './store';

/** The module most tests write to. */
export const SLUG = 'messagerie-academique';

/** A fake `navigator.storage` that records how often persist() was asked. */
export function fakeStorage(grant = true): StorageManagerLike & { asked: number } {
	const storage = {
		asked: 0,
		persisted: async () => false,
		persist: async () => {
			storage.asked += 1;
			return grant;
		}
	};
	return storage;
}

/** A store on a fresh (or given) fake IndexedDB, with a fixed clock. */
export async function openTestStore(options: ProgressStoreOptions = {}) {
	const indexedDB = options.indexedDB ?? new IDBFactory();
	const store = await createProgressStore({
		indexedDB,
		IDBKeyRange,
		now: () => NOW,
		storageManager: null,
		...options
	});
	return { store, indexedDB };
}

/** Resolves with the first value a live subscription delivers that passes `accept`. */
export function nextValue<T>(
	subscribe: (callback: (value: T) => void) => () => void,
	accept: (value: T) => boolean = () => true,
	timeoutMs = 2000
): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => {
			unsubscribe();
			reject(new Error('no matching live value in time'));
		}, timeoutMs);
		const unsubscribe = subscribe((value) => {
			if (!accept(value)) return;
			clearTimeout(timer);
			queueMicrotask(() => unsubscribe());
			resolve(value);
		});
	});
}

/** An `openTestStore` whose stores are closed after each test of the calling file. */
export function closingAfterEach(): typeof openTestStore {
	const opened: { close(): void }[] = [];
	afterEach(() => {
		for (const store of opened.splice(0)) store.close();
	});
	return async (options = {}) => {
		const result = await openTestStore(options);
		opened.push(result.store);
		return result;
	};
}

/**
 * A valid finished attempt (4/5, passed by default), with a password answer kept as null. Its
 * answers agree with the score given: the first `score` of them are right (the password one last).
 */
export function attempt(overrides: Partial<NewAttempt> = {}): NewAttempt {
	const score = overrides.score ?? 4;
	const rightFirst = [0, 1, 3, 4, 2];
	const answers: NewAttempt['answers'] = [
		{ questionId: 'q1', answer: 'a', correct: false },
		{ questionId: 'q2', answer: ['a', 'b'], correct: false },
		{ questionId: 'mot-de-passe', answer: null, correct: false },
		{ questionId: 'q4', answer: 'b', correct: false },
		{ questionId: 'q5', answer: 'c', correct: false }
	];
	for (const index of rightFirst.slice(0, score)) answers[index]!.correct = true;
	return {
		startedAt: '2026-11-28T10:00:00.000Z',
		endedAt: '2026-11-28T10:05:00.000Z',
		score,
		total: 5,
		passed: true,
		quizHash: 'h1',
		answers,
		...overrides
	};
}

/** Everything stored, as comparable text (the export date left out). */
export async function dump(store: ProgressStore) {
	const file = await store.exportProgress();
	return JSON.stringify({ ...file, exportedAt: '' });
}

/** Replaces the store's content with the valid fixture file. */
export async function seed(store: ProgressStore) {
	const preview = await store.previewImport(fixtureText('valid-export.json'), KNOWN_SLUGS);
	if (!preview.ok) throw new Error(preview.message);
	const result = await store.applyImport(preview.preview, 'replace');
	if (!result.ok) throw new Error(result.message);
}
