import { checkDate } from './dates';
import { STORED_CLOCK_SKEW_MS } from './limits';
import type { ModuleData } from './model';
import {
	attemptRecordSchema,
	moduleRecordSchema,
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

function datesInRange(dates: (string | null)[], now: number): boolean {
	return dates.every(
		(date) => date === null || checkDate(date, now, STORED_CLOCK_SKEW_MS) === 'ok'
	);
}

/** Validates one module record; undefined when it is corrupted. */
export function readModuleRecord(raw: unknown, now: number): ModuleRecord | undefined {
	const parsed = moduleRecordSchema.safeParse(raw);
	if (!parsed.success) return undefined;
	const record = parsed.data;
	return datesInRange([record.startedAt, record.updatedAt, record.videoWatchedAt], now)
		? record
		: undefined;
}

/** Validates one attempt record; undefined when it is corrupted. */
export function readAttemptRecord(raw: unknown, now: number): AttemptRecord | undefined {
	const parsed = attemptRecordSchema.safeParse(raw);
	if (!parsed.success) return undefined;
	const attempt = parsed.data;
	if (attempt.score > attempt.total) return undefined;
	if (Date.parse(attempt.endedAt) < Date.parse(attempt.startedAt)) return undefined;
	return datesInRange([attempt.startedAt, attempt.endedAt], now) ? attempt : undefined;
}

/** Validates one quiz snapshot record; undefined when it is corrupted. */
export function readSnapshotRecord(raw: unknown, now: number): SnapshotRecord | undefined {
	const parsed = snapshotRecordSchema.safeParse(raw);
	if (!parsed.success) return undefined;
	const record = parsed.data;
	return datesInRange([record.startedAt, record.savedAt], now) ? record : undefined;
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
export function validateProgress(raw: RawProgressData, now: number): ValidatedProgress {
	const modules = new Map<string, ModuleData>();
	const corrupted: CorruptedRecord[] = [];
	for (const item of raw.modules) {
		const record = readModuleRecord(item, now);
		if (record) entry(modules, record.slug).record = record;
		else corrupted.push({ table: 'modules', key: keyOf(item, 'slug'), slug: slugOf(item) });
	}
	for (const item of raw.attempts) {
		const attempt = readAttemptRecord(item, now);
		if (attempt) entry(modules, attempt.slug).attempts.push(attempt);
		else corrupted.push({ table: 'attempts', key: keyOf(item, 'id'), slug: slugOf(item) });
	}
	for (const item of raw.snapshots) {
		const snapshot = readSnapshotRecord(item, now);
		if (snapshot) entry(modules, snapshot.slug).snapshot = snapshot;
		else corrupted.push({ table: 'quizSnapshots', key: keyOf(item, 'slug'), slug: slugOf(item) });
	}
	for (const item of raw.videos ?? []) {
		const video = readVideoRecord(item, (dates) => datesInRange(dates, now));
		if (video) entry(modules, video.slug).video = video;
		else corrupted.push({ table: 'videoProgress', key: keyOf(item, 'slug'), slug: slugOf(item) });
	}
	return { modules, corrupted };
}

/** Validates the raw records of one module (records of other slugs are ignored). */
export function validateModule(
	slug: string,
	raw: RawModuleData,
	now: number
): { data: ModuleData; corrupted: CorruptedRecord[] } {
	const { modules, corrupted } = validateProgress(
		{
			modules: raw.module === undefined ? [] : [raw.module],
			attempts: raw.attempts,
			snapshots: raw.snapshot === undefined ? [] : [raw.snapshot],
			videos: raw.video === undefined ? [] : [raw.video]
		},
		now
	);
	return { data: modules.get(slug) ?? { record: null, attempts: [], snapshot: null }, corrupted };
}
