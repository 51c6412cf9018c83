// The page's one progress store, opened lazily: Dexie and the zod schemas are a separate chunk,
// downloaded on the first call, so that pages keep them out of their first paint.
import type { ProgressStore } from './api';

let opening: Promise<ProgressStore> | undefined;

/**
 * The page's progress store, opened once (IndexedDB, or memory with a notice when it is
 * unavailable). Call it in the browser only (onMount, $effect, event handlers). Rejects only
 * when the store's code cannot be downloaded (offline after a deployment); the next call retries.
 */
export function openProgressStore(): Promise<ProgressStore> {
	opening ??= import('./store')
		.then(({ createProgressStore }) => createProgressStore())
		.catch((error: unknown) => {
			opening = undefined;
			throw error;
		});
	return opening;
}
