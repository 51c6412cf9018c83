// The video measured through the embed: saves joined across tabs, the threshold, export and
// import (version 1 and 2 files), clear, corrupted records.
import 'fake-indexeddb/auto';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fixtureText, KNOWN_SLUGS, NOW } from '../../../tests/fixtures/progress/fixtures';
import { ProgressDatabase } from './dexie-backend';
import { DATABASE_NAME } from './limits';
import { closingAfterEach, SLUG } from './store-test-helpers';
import type { VideoInput } from './video-records';

const open = closingAfterEach();
const NOW_ISO = new Date(NOW).toISOString();

const played = (intervals: [number, number][], position = 30): VideoInput => ({
	duration: 200,
	intervals,
	position,
	watchedPercent: 90
});

describe('saveVideoProgress', () => {
	it('stores intervals and position; the module is in progress, "vue à 15 %"', async () => {
		const { store } = await open();
		expect(await store.saveVideoProgress(SLUG, played([[0, 30]]))).toEqual({ ok: true });
		const module = await store.getModule(SLUG);
		expect(module.status).toBe('in-progress');
		expect(module.videoWatched).toBe(false); // the learner's own tick, untouched
		expect(module.video).toEqual({
			percent: 15,
			watched: false,
			watchedAt: null,
			position: 30,
			duration: 200,
			intervals: [[0, 30]]
		});
	});

	it('joins what two tabs played, and counts as watched once the union reaches the threshold', async () => {
		const first = await open();
		const second = await open({ indexedDB: first.indexedDB });
		await first.store.saveVideoProgress(SLUG, played([[0, 100]], 100));
		await second.store.saveVideoProgress(SLUG, played([[90, 150]], 150));
		expect((await first.store.getModule(SLUG)).video).toMatchObject({
			percent: 75,
			watched: false,
			position: 150,
			intervals: [[0, 150]]
		});
		await first.store.saveVideoProgress(SLUG, played([[150, 180]], 180));
		const module = await second.store.getModule(SLUG);
		expect(module.video).toMatchObject({ percent: 90, watched: true, watchedAt: NOW_ISO });
		// Watched stays watched: a later save with less does not undo it.
		await first.store.saveVideoProgress(SLUG, played([], 5));
		expect((await first.store.getModule(SLUG)).video).toMatchObject({ watched: true, position: 5 });
	});

	it('exports the video (format version 2), merges it by union and replaces it', async () => {
		const { store } = await open();
		await store.saveVideoProgress(SLUG, played([[0, 40]], 40));
		const file = await store.exportProgress();
		expect(file.version).toBe(2);
		expect(file.modules[0]?.video).toEqual({
			duration: 200,
			intervals: [[0, 40]],
			position: 40,
			watchedPercent: 90,
			watchedAt: null,
			updatedAt: NOW_ISO
		});

		const other = (await open()).store;
		await other.saveVideoProgress(SLUG, played([[30, 190]], 190));
		const preview = await other.previewImport(JSON.stringify(file), KNOWN_SLUGS);
		if (!preview.ok) throw new Error(preview.message);
		expect(await other.applyImport(preview.preview, 'merge')).toMatchObject({ ok: true });
		expect((await other.getModule(SLUG)).video).toMatchObject({
			intervals: [[0, 190]],
			percent: 95,
			watched: true
		});

		const again = await other.previewImport(JSON.stringify(file), KNOWN_SLUGS);
		if (!again.ok) throw new Error(again.message);
		await other.applyImport(again.preview, 'replace');
		expect((await other.getModule(SLUG)).video).toMatchObject({
			intervals: [[0, 40]],
			watched: false
		});
	});

	it('still imports a version 1 file, and refuses a version 1 file with a video or a video that overflows', async () => {
		const { store } = await open();
		const v1 = fixtureText('valid-export.json');
		expect(JSON.parse(v1).version).toBe(1);
		expect((await store.previewImport(v1, KNOWN_SLUGS)).ok).toBe(true);
		const video = {
			duration: 100,
			intervals: [[0, 50]],
			position: 50,
			watchedPercent: 90,
			watchedAt: null,
			updatedAt: '2026-11-27T09:00:00.000Z'
		};
		const withVideo = (version: number, v: object) => {
			const file = JSON.parse(v1);
			file.version = version;
			file.modules[0].video = v;
			return JSON.stringify(file);
		};
		expect(await store.previewImport(withVideo(1, video), KNOWN_SLUGS)).toMatchObject({
			ok: false,
			reason: 'invalid-shape'
		});
		expect(
			await store.previewImport(withVideo(2, { ...video, intervals: [[0, 150]] }), KNOWN_SLUGS)
		).toMatchObject({ ok: false, reason: 'invalid-shape' });
		expect(
			await store.previewImport(withVideo(2, { ...video, intervals: [[40, 10]] }), KNOWN_SLUGS)
		).toMatchObject({ ok: false, reason: 'invalid-shape' });
		expect(
			await store.previewImport(withVideo(2, { ...video, extra: 1 }), KNOWN_SLUGS)
		).toMatchObject({ ok: false, reason: 'invalid-shape' });
		// A date that cannot exist is refused; one a wrong clock wrote (2019) is the learner's own.
		expect(
			await store.previewImport(
				withVideo(2, { ...video, updatedAt: '2026-02-30T00:00:00Z' }),
				KNOWN_SLUGS
			)
		).toMatchObject({ ok: false, reason: 'invalid-shape' });
		expect(
			(
				await store.previewImport(
					withVideo(2, { ...video, updatedAt: '2019-01-01T00:00:00Z' }),
					KNOWN_SLUGS
				)
			).ok
		).toBe(true);
		expect((await store.previewImport(withVideo(2, video), KNOWN_SLUGS)).ok).toBe(true);
	});

	it('forgets the video with everything else', async () => {
		const { store } = await open();
		await store.saveVideoProgress(SLUG, played([[0, 40]]));
		await store.clearAll();
		expect((await store.getModule(SLUG)).video).toBeUndefined();
		expect(await store.getAllModules()).toEqual([]);
	});

	it('skips a corrupted video record with a notice, and keeps the rest of the module', async () => {
		const { store, indexedDB } = await open();
		await store.markVideoWatched(SLUG, true);
		const db = new ProgressDatabase(DATABASE_NAME, { indexedDB, IDBKeyRange });
		await db.open();
		await db.videoProgress.put({
			...played([[50, 10]]),
			slug: SLUG,
			watchedAt: null,
			updatedAt: NOW_ISO
		});
		db.close();
		const module = await store.getModule(SLUG);
		expect(module.videoWatched).toBe(true);
		expect(module.video).toBeUndefined();
		expect(store.status.notices.map((notice) => notice.kind)).toContain('corrupted');
	});
});
