// Light constants shared by the lazy store and the pages (no Dexie, no zod here).

/** Name of the export format, the first thing an import checks. */
export const EXPORT_FORMAT = 'capsules-progress';

/** Current version of the export format; a file with a higher version is refused. */
export const EXPORT_VERSION = 2;

/** Versions an import accepts: 1 (no measured video) and 2 (with it). */
export const IMPORT_VERSIONS: readonly number[] = [1, 2];

/** Largest import file accepted, checked before reading or parsing it (5 Mo). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Largest quiz snapshot kept, once serialised (characters). */
export const MAX_SNAPSHOT_CHARS = 256 * 1024;

/** Modules accepted in one import file. */
export const MAX_IMPORT_MODULES = 5000;

/** Attempts accepted per module in one import file. */
export const MAX_ATTEMPTS_PER_MODULE = 2000;

/** Answers accepted in one attempt. */
export const MAX_ANSWERS_PER_ATTEMPT = 500;

/** Longest text answer kept (characters). */
export const MAX_ANSWER_CHARS = 2000;

/** A date before this one was written by a wrong clock: Capsules did not exist yet. */
export const EARLIEST_DATE = '2020-01-01T00:00:00.000Z';

/** A date later than now by more than this was written by a clock ahead (it is kept, and said). */
export const IMPORT_CLOCK_SKEW_MS = 60 * 60 * 1000;

/** How long opening IndexedDB may take before the visit falls back to memory. */
export const OPEN_TIMEOUT_MS = 5000;

/** Name of the IndexedDB database. */
export const DATABASE_NAME = 'capsules-progress';
