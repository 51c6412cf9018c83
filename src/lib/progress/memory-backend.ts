import {
	pickedMost,
	type BackendTransaction,
	type ProgressBackend,
	type ProgressChanges,
	type SlugPick
} from './backend';
import type { RawModuleData, RawProgressData } from './validate-stored';

interface Tables {
	modules: Map<string, unknown>;
	attempts: Map<string, unknown>;
	snapshots: Map<string, unknown>;
	videos: Map<string, unknown>;
}

function copy(tables: Tables): Tables {
	return {
		modules: new Map(tables.modules),
		attempts: new Map(tables.attempts),
		snapshots: new Map(tables.snapshots),
		videos: new Map(tables.videos)
	};
}

function snapshotOf(tables: Tables): RawProgressData {
	return {
		modules: structuredClone([...tables.modules.values()]),
		attempts: structuredClone([...tables.attempts.values()]),
		snapshots: structuredClone([...tables.snapshots.values()]),
		videos: structuredClone([...tables.videos.values()])
	};
}

function pickedOf(tables: Tables, pick: SlugPick): RawProgressData | null {
	const stored = [
		...new Set([...tables.modules.keys(), ...tables.snapshots.keys(), ...tables.videos.keys()])
	];
	const picked = new Set(pick(stored.sort()));
	if (pickedMost(picked.size, stored.length)) return null;
	const of = (records: Iterable<unknown>) =>
		structuredClone([...records].filter((record) => picked.has((record as { slug: string }).slug)));
	return {
		modules: of(tables.modules.values()),
		attempts: of(tables.attempts.values()),
		snapshots: of(tables.snapshots.values()),
		videos: of(tables.videos.values())
	};
}

function moduleOf(tables: Tables, slug: string): RawModuleData {
	return structuredClone({
		module: tables.modules.get(slug),
		attempts: [...tables.attempts.values()].filter(
			(attempt) => (attempt as { slug?: unknown }).slug === slug
		),
		snapshot: tables.snapshots.get(slug),
		video: tables.videos.get(slug)
	});
}

function apply(tables: Tables, changes: ProgressChanges): void {
	if (changes.clear) {
		tables.modules.clear();
		tables.attempts.clear();
		tables.snapshots.clear();
		tables.videos.clear();
	}
	for (const record of changes.putModules ?? [])
		tables.modules.set(record.slug, structuredClone(record));
	for (const record of changes.putAttempts ?? [])
		tables.attempts.set(record.id, structuredClone(record));
	for (const record of changes.putSnapshots ?? []) {
		tables.snapshots.set(record.slug, structuredClone(record));
	}
	for (const slug of changes.deleteSnapshots ?? []) tables.snapshots.delete(slug);
	for (const record of changes.putVideos ?? [])
		tables.videos.set(record.slug, structuredClone(record));
}

/**
 * Progress kept in memory for this visit, used when IndexedDB is unavailable (blocked, some
 * private modes). Same contract as IndexedDB: transactions are all or nothing.
 */
export function createMemoryBackend(): ProgressBackend {
	let tables: Tables = {
		modules: new Map(),
		attempts: new Map(),
		snapshots: new Map(),
		videos: new Map()
	};
	const listeners = new Set<(data: RawProgressData) => void>();
	let queue: Promise<unknown> = Promise.resolve();

	const notify = () => {
		for (const listener of listeners) listener(snapshotOf(tables));
	};

	return {
		kind: 'memory',
		readAll: async () => snapshotOf(tables),
		readPicked: async (pick) => pickedOf(tables, pick),
		readModule: async (slug) => moduleOf(tables, slug),
		transact<T>(work: (transaction: BackendTransaction) => Promise<T>): Promise<T> {
			const run = async () => {
				const draft = copy(tables);
				const result = await work({
					readAll: async () => snapshotOf(draft),
					readModule: async (slug) => moduleOf(draft, slug),
					write: async (changes) => apply(draft, changes)
				});
				tables = draft;
				notify();
				return result;
			};
			const next = queue.then(run, run);
			queue = next.catch(() => undefined);
			return next;
		},
		watch(onData) {
			listeners.add(onData);
			queueMicrotask(() => {
				if (listeners.has(onData)) onData(snapshotOf(tables));
			});
			return () => listeners.delete(onData);
		},
		close: () => listeners.clear()
	};
}
