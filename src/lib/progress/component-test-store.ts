// The store the component tests inject in place of the page's one (`vi.mock('./open-store')`):
// a real store over the memory backend, so that every answer comes within microtasks, with a
// switch that makes its writes fail as a full disk does.
import type { ProgressStore } from './api';
import type { ProgressBackend } from './backend';
import { createMemoryBackend } from './memory-backend';
import type { StorageManagerLike } from './persistence';
import { createProgressStore } from './store';

/** A test store and the backend it writes to. */
export interface ComponentTestStore {
	store: ProgressStore & { close(): void };
	backend: ProgressBackend;
	/** While true, every write fails with QuotaExceededError. */
	quotaFull: boolean;
}

/**
 * A store over memory. `durable` makes it look like IndexedDB, with `navigator.storage` granting
 * durable storage, so that the persistence request happens as on the site.
 */
export async function componentTestStore(
	options: { durable?: boolean } = {}
): Promise<ComponentTestStore> {
	const memory = createMemoryBackend();
	const test = { quotaFull: false } as ComponentTestStore;
	test.backend = {
		...memory,
		kind: options.durable ? 'indexeddb' : 'memory',
		transact: (work) =>
			test.quotaFull
				? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'))
				: memory.transact(work)
	};
	const storage: StorageManagerLike = { persisted: async () => false, persist: async () => true };
	test.store = await createProgressStore({
		backend: test.backend,
		storageManager: options.durable ? storage : null
	});
	return test;
}
