import { describe, expect, it } from 'vitest';
import type { ModuleProgress } from '$lib/progress';
import { paintStatus } from './status-badges';

const progress: ModuleProgress = {
	slug: 'm',
	status: 'completed',
	startedAt: '2026-12-01T09:00:00.000Z',
	updatedAt: '2026-12-01T10:00:00.000Z',
	completedAt: '2026-12-01T10:00:00.000Z',
	videoWatched: false,
	videoWatchedAt: null,
	attempts: [],
	bestScore: { score: 17, total: 19, percent: 89, passed: true, at: '2026-12-01T10:00:00.000Z' },
	lastScore: null,
	quizInProgress: false,
	recordUnreadable: false
};

describe('paintStatus', () => {
	it('says the status, the best score and the measured video, in French typography', () => {
		const placeholder = document.createElement('p');
		paintStatus(placeholder, {
			...progress,
			video: {
				watched: true,
				percent: 96,
				position: 0,
				duration: 300,
				watchedAt: null,
				intervals: [[0, 288]]
			}
		});
		expect(placeholder.dataset.status).toBe('completed');
		expect([...placeholder.children].map((child) => child.textContent)).toEqual([
			'Terminé',
			'Meilleur score\u00a0: 17/19 (89\u00a0%)',
			'Vidéo vue'
		]);
	});

	it('says « Non commencé » for a module with nothing stored', () => {
		const placeholder = document.createElement('p');
		paintStatus(placeholder, undefined);
		expect(placeholder.textContent).toBe('Non commencé');
	});
});
