import { isRealDate } from './dates';
import type { ModuleData } from './model';
import {
	attemptRecordSchema,
	moduleRecordSchema,
	slugSchema,
	snapshotRecordSchema,
	type AttemptRecord,
	type ModuleRecord,
	type SnapshotRecord
} from './records';
import { readVideoRecord } from './video-records';

/** Raw content of the three tables, as read (untrusted). */
export interface RawProgressData {
	modules: unknown[];
	attempts: unknown[];
	snapshots: unknown[];
	/** Table `videoProgress` (schema version 2). */
	videos?: unknown[];
}

/** Raw records of one module, as read (untrusted). */
export interface RawModuleData {
	module: unknown;
	attempts: unknown[];
	snapshot: unknown;
	video?: unknown;
}

/** Which table a record comes from. */
export type TableName = 'modules' | 'attempts' | 'quizSnapshots' | 'videoProgress';

/** A stored record that failed validation and was skipped. */
export interface CorruptedRecord {
	table: TableName;
	/** Its key when readable, for de-duplicating notices. */
	key: string;
	/** Slug it seems to belong to, when readable. */
	slug: string | null;
}

function keyOf(raw: unknown, field: 'slug' | 'id'): string {
	if (raw !== null && typeof raw === 'object' && field in raw) {
		const value = (raw as Record<string, unknown>)[field];
		if (typeof value === 'string' || typeof value === 'number') return String(value);
	}
	return '?';
}

function slugOf(raw: unknown): string | null {
	const key = keyOf(raw, 'slug');
	return key === '?' ? null : key;
}

// Dates are facts the learner's clock gave, not reasons to discard their work: a school computer
// set to 2019, or a month ahead, still records progress that must read back. Only a date that
// does not exist makes a record unreadable.
function datesExist(dates: (string | null)[]): boolean {
	return dates.every((date) => date === null || isRealDate(date));
}

/** Validates one module record; undefined when it is corrupted. */
export function readModuleRecord(raw: unknown): ModuleRecord | undefined {
	const parsed = moduleRecordSchema.safeParse(raw);
	if (!parsed.success) return undefined;
	const record = parsed.data;
	return datesExist([record.startedAt, record.updatedAt, record.videoWatchedAt])
		? record
		: undefined;
}

/** Validates one attempt record; undefined when it is corrupted. */
export function readAttemptRecord(raw: unknown): AttemptRecord | undefined {
	const parsed = attemptRecordSchema.safeParse(raw);
	if (!parsed.success) return undefined;
	const attempt = parsed.data;
	if (attempt.score > attempt.total) return undefined;
	// An attempt may end "before" it starts: the clock was corrected while it was under way.
	return datesExist([attempt.startedAt, attempt.endedAt]) ? attempt : undefined;
}

/** Validates one quiz snapshot record; undefined when it is corrupted. */
export function readSnapshotRecord(raw: unknown): SnapshotRecord | undefined {
	const parsed = snapshotRecordSchema.safeParse(raw);
	if (!parsed.success) return undefined;
	const record = parsed.data;
	return datesExist([record.startedAt, record.savedAt]) ? record : undefined;
}

/** Validated data of the whole store, with what had to be skipped. */
export interface ValidatedProgress {
	modules: Map<string, ModuleData>;
	corrupted: CorruptedRecord[];
}

function entry(modules: Map<string, ModuleData>, slug: string): ModuleData {
	let data = modules.get(slug);
	if (!data) {
		data = { record: null, attempts: [], snapshot: null };
		modules.set(slug, data);
	}
	return data;
}

/** Validates every raw record; corrupted ones are skipped and listed, never thrown. */
export function validateProgress(raw: RawProgressData): ValidatedProgress {
	const modules = new Map<string, ModuleData>();
	const corrupted: CorruptedRecord[] = [];
	for (const item of raw.modules) {
		const record = readModuleRecord(item);
		if (record) {
			entry(modules, record.slug).record = record;
			continue;
		}
		const slug = slugOf(item);
		corrupted.push({ table: 'modules', key: keyOf(item, 'slug'), slug });
		if (slug !== null && slugSchema.safeParse(slug).success) {
			entry(modules, slug).recordUnreadable = true;
		}
	}
	for (const item of raw.attempts) {
		const attempt = readAttemptRecord(item);
		if (attempt) entry(modules, attempt.slug).attempts.push(attempt);
		else corrupted.push({ table: 'attempts', key: keyOf(item, 'id'), slug: slugOf(item) });
	}
	for (const item of raw.snapshots) {
		const snapshot = readSnapshotRecord(item);
		if (snapshot) entry(modules, snapshot.slug).snapshot = snapshot;
		else corrupted.push({ table: 'quizSnapshots', key: keyOf(item, 'slug'), slug: slugOf(item) });
	}
	for (const item of raw.videos ?? []) {
		const video = readVideoRecord(item, datesExist);
		if (video) entry(modules, video.slug).video = video;
		else corrupted.push({ table: 'videoProgress', key: keyOf(item, 'slug'), slug: slugOf(item) });
	}
	return { modules, corrupted };
}

/** Validates the raw records of one module (records of other slugs are ignored). */
export function validateModule(
	slug: string,
	raw: RawModuleData
): { data: ModuleData; corrupted: CorruptedRecord[] } {
	const { modules, corrupted } = validateProgress({
		modules: raw.module === undefined ? [] : [raw.module],
		attempts: raw.attempts,
		snapshots: raw.snapshot === undefined ? [] : [raw.snapshot],
		videos: raw.video === undefined ? [] : [raw.video]
	});
	return { data: modules.get(slug) ?? { record: null, attempts: [], snapshot: null }, corrupted };
}
