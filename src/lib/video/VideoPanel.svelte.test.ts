// The video's buttons: offered only while the embed answers, named with the time.
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { VideoSession } from './video-session.svelte';
import VideoPanel from './VideoPanel.svelte';
import VideoTime from './VideoTime.svelte';

const CHAPTERS = [
	{ at: 0, title: 'Introduction' },
	{ at: 102, title: 'L’adresse académique' }
];

describe('VideoPanel', () => {
	it('without an answer from the embed: chapters as plain text, nothing to press', () => {
		const session = new VideoSession();
		render(VideoPanel, { chapters: CHAPTERS, session });
		expect(screen.queryAllByRole('button')).toEqual([]);
		expect(screen.getByRole('list', { name: 'Chapitres' }).textContent).toContain('1:42');
		expect(screen.queryByText(/Vidéo vue/)).toBeNull();
	});

	it('once it answers: resume, share watched and chapters as buttons named with the time', () => {
		const session = new VideoSession();
		render(VideoPanel, { chapters: CHAPTERS, session });
		session.state = 'ready';
		session.restore({ intervals: [[0, 150]], position: 190, duration: 240 });
		flushSync();
		expect(screen.getByRole('button', { name: 'Reprendre la vidéo à 3:10' })).toBeTruthy();
		expect(screen.getByText(/Vidéo vue à 62\s%/)).toBeTruthy();
		expect(
			screen.getByRole('button', { name: /^Lire à partir de 1:42\s:\sL’adresse académique$/ })
		).toBeTruthy();
		expect(
			screen.getByRole('button', { name: /^Lire à partir de 0:00\s:\sIntroduction$/ })
		).toBeTruthy();
	});

	it('does not offer to resume at the very start or end', () => {
		for (const position of [3, 237]) {
			const session = new VideoSession();
			render(VideoPanel, { chapters: [], session });
			session.state = 'ready';
			session.restore({ intervals: [], position, duration: 240 });
			flushSync();
			expect(screen.queryByRole('button', { name: /Reprendre/ })).toBeNull();
		}
	});
});

describe('VideoTime', () => {
	it('is a button "Lire à partir de 1:02:03" when the embed answers, text otherwise', () => {
		const session = new VideoSession();
		render(VideoTime, { at: 3723, session });
		expect(screen.queryByRole('button')).toBeNull();
		expect(screen.getByText('1:02:03')).toBeTruthy();
		session.state = 'ready';
		flushSync();
		expect(screen.getByRole('button', { name: 'Lire à partir de 1:02:03' })).toBeTruthy();
	});
});
