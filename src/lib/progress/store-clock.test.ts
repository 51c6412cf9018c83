// School computers have wrong clocks: progress written under one must read back, export and
// import as it was written (issue 11, "No progress lost to a wrong clock").
import { describe, expect, it } from 'vitest';
import { KNOWN_SLUGS } from '../../../tests/fixtures/progress/fixtures';
import { attempt, closingAfterEach, SLUG } from './store-test-helpers';

const open = closingAfterEach();
const DAY = 24 * 60 * 60 * 1000;
const TRUE_NOW = Date.parse('2026-11-28T12:00:00.000Z');

/** A clock the test moves. */
function clock(start: number) {
	const state = { time: start };
	return { state, now: () => state.time };
}

describe('a wrong clock', () => {
	it('at 2019-12-30: the video stays ticked, the quiz resumes, the attempt is kept', async () => {
		const { state, now } = clock(Date.parse('2019-12-30T09:00:00.000Z'));
		const { store, indexedDB } = await open({ now });
		expect(await store.markVideoWatched(SLUG, true)).toEqual({ ok: true });
		expect(await store.getModule(SLUG)).toMatchObject({
			videoWatched: true,
			videoWatchedAt: '2019-12-30T09:00:00.000Z'
		});
		expect(await store.saveQuizSnapshot(SLUG, 'h1', { step: 3 })).toEqual({ ok: true });
		expect(await store.loadQuizSnapshot(SLUG, 'h1')).toMatchObject({
			status: 'resume',
			snapshot: { step: 3 }
		});
		const taken = attempt({
			startedAt: '2019-12-30T09:05:00.000Z',
			endedAt: '2019-12-30T09:15:00.000Z'
		});
		expect(await store.recordAttempt(SLUG, taken)).toMatchObject({ ok: true });
		expect(store.status.notices).toEqual([]);

		// The clock is put right: everything is still there, in a new visit too.
		state.time = TRUE_NOW;
		const { store: later } = await open({ indexedDB, now });
		expect(await later.getModule(SLUG)).toMatchObject({
			status: 'completed',
			videoWatched: true,
			startedAt: '2019-12-30T09:00:00.000Z'
		});
		expect((await later.getModule(SLUG)).attempts).toHaveLength(1);
		expect(later.status.notices).toEqual([]);
	});

	it('30 days ahead, then corrected: the learner’s own export imports back whole', async () => {
		const { state, now } = clock(TRUE_NOW + 30 * DAY);
		const { store } = await open({ now });
		await store.markVideoWatched(SLUG, true);
		const ahead = new Date(TRUE_NOW + 30 * DAY).toISOString();
		await store.recordAttempt(SLUG, attempt({ startedAt: ahead, endedAt: ahead }));
		// Corrected while a quiz was under way: this attempt "ends before it starts".
		await store.saveQuizSnapshot(SLUG, 'h1', { step: 1 });
		state.time = TRUE_NOW;
		const corrected = attempt({
			startedAt: new Date(TRUE_NOW + 30 * DAY + 60_000).toISOString(),
			endedAt: new Date(TRUE_NOW).toISOString(),
			score: 2,
			passed: false
		});
		expect(await store.recordAttempt(SLUG, corrected)).toMatchObject({ ok: true });
		const file = await store.exportProgress();

		const { store: fresh } = await open({ now });
		const preview = await fresh.previewImport(JSON.stringify(file), KNOWN_SLUGS);
		expect(preview).toMatchObject({ ok: true });
		if (!preview.ok) return;
		// Said, not refused: the dates are imported as they are.
		expect(preview.preview.clockOddDates).toBeGreaterThan(0);
		expect(await fresh.applyImport(preview.preview, 'replace')).toMatchObject({ ok: true });
		const module = await fresh.getModule(SLUG);
		expect(module).toMatchObject({ status: 'completed', videoWatched: true });
		expect(module.attempts).toHaveLength(2);
		expect(await fresh.exportProgress()).toEqual({ ...file, exportedAt: file.exportedAt });
	});

	it('keeps the first activity no later than the last when the clock goes back', async () => {
		const { state, now } = clock(TRUE_NOW + 30 * DAY);
		const { store } = await open({ now });
		await store.markVideoWatched(SLUG, true);
		state.time = TRUE_NOW;
		await store.saveQuizSnapshot(SLUG, 'h1', { step: 1 });
		// The exported module (its record) spans both dates, first activity first.
		const [module] = (await store.exportProgress()).modules;
		expect(module).toMatchObject({
			startedAt: new Date(TRUE_NOW).toISOString(),
			updatedAt: new Date(TRUE_NOW + 30 * DAY).toISOString()
		});
	});
});
