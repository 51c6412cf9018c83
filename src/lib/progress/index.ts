// The progress door: what routes and other folders use. Light on purpose (types, labels, pure
// helpers and the lazy opener): Dexie and the zod schemas load only when `openProgressStore()` is
// first called, so pages that import this file keep them out of their first paint. Files inside
// this folder import each other directly, never this door.

export type {
	FirstRead,
	ImportMode,
	ImportPreviewResult,
	ImportResult,
	NoticeKind,
	PersistenceState,
	ProgressStore,
	RecordAttemptResult,
	SnapshotGuard,
	SnapshotLoad,
	SnapshotSaveResult,
	StoreNotice,
	StoreStatus,
	WriteResult
} from './api';
export type { QuizFacts } from './attempt-rules';
export type { ExportFile, ImportRefusal } from './export-format';
export type { ImportModuleChange, ImportPreview, ProgressSummary } from './import-preview';
export type { ModuleProgress, ModuleStatus, ScoreSummary } from './model';
export type { AttemptRecord, NewAttempt } from './records';
export type { VideoInput, VideoSummary } from './video-progress';
export { DATABASE_NAME, EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES } from './limits';
export {
	attemptsLabel,
	completedSentence,
	formatDate,
	formatDateTime,
	formatScore,
	STALE_QUIZ_MESSAGE,
	STATUS_LABELS,
	videoLabel
} from './labels';
export { ImportFlow, type ChosenFile } from './import-flow.svelte';
export {
	addedAttemptsText,
	clockSentence,
	describeSummary,
	MAX_IMPORT_MEGABYTES,
	previewSentence,
	replaceWarning
} from './import-wording';
export { openProgressStore } from './open-store';
export { mayHoldProgress } from './presence';
export {
	firstScreenPick,
	progressionReport,
	type CatalogueModule,
	type ProgressionReport,
	type ReportRow
} from './progression-report';
export { afterPaint, Reveal } from './reveal.svelte';
export {
	StoreValue,
	whenIdle,
	type StoreConnect,
	type StoreValueOptions
} from './store-value.svelte';
