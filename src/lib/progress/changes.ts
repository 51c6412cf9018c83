// The store's domain rules, as pure functions: from what is stored and what the learner did, the
// changes to write in one transaction. No database here: the store reads, calls these, writes.
import type { SnapshotLoad } from './api';
import { impossibleAttempt } from './attempt-rules';
import type { ProgressChanges } from './backend';
import { earlierDate, laterDate } from './dates';
import type { ExportFile } from './export-format';
import { attemptFromImport, mergeModule, recordFromImport } from './merge';
import type { ModuleData } from './model';
import {
	newAttemptSchema,
	type AttemptRecord,
	type ModuleRecord,
	type NewAttempt
} from './records';
import { parseJsonSafely } from './safe-json';
import { snapshotView } from './snapshot-tabs';
import { validateModule, type CorruptedRecord } from './validate-stored';
import { mergeVideo, savedVideo, type VideoInput } from './video-progress';

/**
 * The module record after activity at `at`: created by the first one, widened after. A clock
 * set back since can give a date before the first activity: the span widens either way, so that
 * the first activity is never later than the last.
 */
export function touchModule(record: ModuleRecord | null, slug: string, at: string): ModuleRecord {
	return record
		? {
				...record,
				startedAt: earlierDate(record.startedAt, at)!,
				updatedAt: laterDate(record.updatedAt, at)!
			}
		: { slug, startedAt: at, updatedAt: at, videoWatchedAt: null };
}

/** "J'ai regardé la vidéo" ticked or unticked at `at` (a second tick keeps the first date). */
export function videoWatchedChanges(
	record: ModuleRecord | null,
	slug: string,
	watched: boolean,
	at: string
): ProgressChanges {
	const next = touchModule(record, slug, at);
	next.videoWatchedAt = watched ? (next.videoWatchedAt ?? at) : null;
	return { putModules: [next] };
}

/**
 * Playback measured through the embed, saved at `at`: the intervals joined with what is stored
 * (another tab's included), the position replaced, the module touched.
 */
export function videoProgressChanges(
	data: ModuleData,
	slug: string,
	input: VideoInput,
	at: string
): ProgressChanges {
	return {
		putModules: [touchModule(data.record, slug, at)],
		putVideos: [savedVideo(data.video ?? null, slug, input, at)]
	};
}

/** A quiz snapshot saved at `at`; the attempt keeps its start while the quiz is the same. */
export function snapshotSaveChanges(
	data: ModuleData,
	slug: string,
	quizHash: string,
	snapshotJson: string,
	at: string,
	revision?: string
): ProgressChanges {
	const startedAt =
		data.snapshot && data.snapshot.quizHash === quizHash ? data.snapshot.startedAt : at;
	const snapshot = { slug, quizHash, startedAt, savedAt: at, snapshotJson };
	return {
		putModules: [touchModule(data.record, slug, at)],
		putSnapshots: [revision === undefined ? snapshot : { ...snapshot, revision }]
	};
}

/**
 * The finished attempt if it is whole and possible (`attempt-rules.ts`: what an import of it
 * would accept). Its dates are kept as the clock gave them, even when it "ends before it starts"
 * (the clock was corrected meanwhile).
 */
export function checkNewAttempt(attempt: NewAttempt): NewAttempt | null {
	const parsed = newAttemptSchema.safeParse(attempt);
	if (!parsed.success || parsed.data.score > parsed.data.total) return null;
	return impossibleAttempt(parsed.data) === null ? parsed.data : null;
}

/** A finished attempt stored under `id`: the module's dates widen, the quiz in progress goes. */
export function attemptChanges(
	record: ModuleRecord | null,
	slug: string,
	attempt: NewAttempt,
	id: string
): ProgressChanges {
	const next = touchModule(touchModule(record, slug, attempt.startedAt), slug, attempt.endedAt);
	const stored: AttemptRecord = { id, slug, ...attempt };
	return { putModules: [next], putAttempts: [stored], deleteSnapshots: [slug] };
}

/** What an import writes, with the counts its message gives. */
export interface ImportChanges {
	changes: ProgressChanges;
	modules: number;
	newAttempts: number;
}

/** "Remplacer": everything is erased, then the file's modules and attempts are written. */
export function replaceImportChanges(file: ExportFile): ImportChanges {
	const putAttempts = file.modules.flatMap((module) =>
		module.attempts.map((attempt) => attemptFromImport(module.slug, attempt))
	);
	const putVideos = file.modules.flatMap((module) =>
		module.video ? [mergeVideo(null, module.video, module.slug)] : []
	);
	return {
		changes: {
			clear: true,
			putModules: file.modules.map(recordFromImport),
			putAttempts,
			putVideos
		},
		modules: file.modules.length,
		newAttempts: putAttempts.length
	};
}

/** "Fusionner": each module of the file merged into the current data (see `mergeModule`). */
export function mergeImportChanges(
	file: ExportFile,
	current: ReadonlyMap<string, ModuleData>
): ImportChanges {
	const usedIds = new Set<string>();
	for (const data of current.values()) {
		for (const attempt of data.attempts) usedIds.add(attempt.id);
	}
	const putModules: ModuleRecord[] = [];
	const putAttempts: AttemptRecord[] = [];
	const putVideos = [];
	for (const module of file.modules) {
		const merge = mergeModule(current.get(module.slug), module, usedIds);
		putModules.push(merge.record);
		putAttempts.push(...merge.newAttempts);
		if (module.video) {
			putVideos.push(
				mergeVideo(current.get(module.slug)?.video ?? null, module.video, module.slug)
			);
		}
	}
	return {
		changes: { putModules, putAttempts, putVideos },
		modules: putModules.length,
		newAttempts: putAttempts.length
	};
}

/** What loading a stored snapshot gives, what to report and what to write. */
export interface SnapshotLoadDecision {
	load: SnapshotLoad;
	/** Unreadable records, to report before writing. */
	corrupted: CorruptedRecord[];
	changes: ProgressChanges | null;
}

/**
 * Resume when the stored snapshot is readable and belongs to this quiz; otherwise it is cleared:
 * `stale` for another version of the quiz, `none` (and reported) when it is unreadable.
 */
export function snapshotLoadDecision(
	slug: string,
	quizHash: string,
	raw: unknown
): SnapshotLoadDecision {
	if (raw === undefined) return { load: { status: 'none' }, corrupted: [], changes: null };
	const { data, corrupted } = validateModule(slug, {
		module: undefined,
		attempts: [],
		snapshot: raw
	});
	const record = data.snapshot;
	const parsed = record ? parseJsonSafely(record.snapshotJson) : undefined;
	const clear: ProgressChanges = { deleteSnapshots: [slug] };
	if (!record || !parsed?.ok) {
		return {
			load: { status: 'none' },
			corrupted: corrupted.length > 0 ? corrupted : [{ table: 'quizSnapshots', key: slug, slug }],
			changes: clear
		};
	}
	if (record.quizHash !== quizHash)
		return { load: { status: 'stale' }, corrupted: [], changes: clear };
	return { load: snapshotView(record, quizHash), corrupted: [], changes: null };
}
