// Two tabs on one quiz: each saved state carries the revision of the tab that wrote it, a save
// says which state it builds on, and a tab whose quiz moved on elsewhere follows instead of
// overwriting it (pure rules; the store and the module page apply them).
import type { SnapshotGuard, SnapshotLoad } from './api';
import { parseJsonSafely } from './safe-json';
import type { SnapshotRecord } from './records';

/** What a save answers when another tab's newer state was kept instead. */
export const SNAPSHOT_CONFLICT_MESSAGE =
	'Ce quiz a avancé dans un autre onglet : votre dernière action n’a pas été enregistrée, vous reprenez où en est l’autre onglet.';

/** The revision of what is stored: null when nothing is, '' for a state without one. */
export function storedRevision(record: SnapshotRecord | null): string | null {
	return record === null ? null : (record.revision ?? '');
}

/** A readable stored state of this quiz, as a tab resumes or follows it; none otherwise. */
export function snapshotView(record: SnapshotRecord | null, quizHash: string): SnapshotLoad {
	if (record === null) return { status: 'none' };
	if (record.quizHash !== quizHash) return { status: 'stale' };
	const parsed = parseJsonSafely(record.snapshotJson);
	if (!parsed.ok) return { status: 'none' };
	return {
		status: 'resume',
		snapshot: parsed.value,
		startedAt: record.startedAt,
		savedAt: record.savedAt,
		revision: storedRevision(record) ?? ''
	};
}

/**
 * True when a guarded save would overwrite what another tab stored since this one last saw it.
 * A stored state of another quiz version is no conflict: it is outdated either way.
 */
export function isSnapshotConflict(
	record: SnapshotRecord | null,
	quizHash: string,
	guard: SnapshotGuard | undefined
): boolean {
	if (!guard) return false;
	if (record !== null && record.quizHash !== quizHash) return false;
	return storedRevision(record) !== guard.expected;
}
