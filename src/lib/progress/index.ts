// Public API of the progress capability. Light on purpose: types, labels and a lazy opener.
// Dexie and the zod schemas load only when `openProgressStore()` is first called, so pages
// that import this file keep them out of their first paint.
import type { ProgressStore } from './api';

export type {
	ImportMode,
	ImportPreviewResult,
	ImportResult,
	NoticeKind,
	PersistenceState,
	ProgressStore,
	RecordAttemptResult,
	SnapshotLoad,
	StoreNotice,
	StoreStatus,
	WriteResult
} from './api';
export type { ExportFile, ImportRefusal } from './export-format';
export type { ImportModuleChange, ImportPreview, ProgressSummary } from './import-preview';
export type { ModuleProgress, ModuleStatus, ScoreSummary } from './model';
export type { AttemptRecord, NewAttempt } from './records';
export { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES } from './limits';
export {
	attemptsLabel,
	completedSentence,
	formatDate,
	formatDateTime,
	formatScore,
	STALE_QUIZ_MESSAGE,
	STATUS_LABELS
} from './labels';

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
