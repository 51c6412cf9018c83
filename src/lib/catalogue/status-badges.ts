// The learner's status on catalogue cards, without a component per card: once the browser is idle
// after the first paint, the progress store opens once, follows every module's progress, and paints
// the badge of the cards that are on screen (or about to be) into their `[data-status-for]`
// placeholder. Hydrating a catalogue page thus costs nothing per card. On a first visit (no
// progress database yet) the store and its code (Dexie) are not loaded at all: every card is
// « Non commencé » until the learner comes back to the tab with progress saved elsewhere.
import {
	formatScore,
	mayHoldProgress,
	openProgressStore,
	STATUS_LABELS,
	videoLabel,
	whenIdle
} from '$lib/progress';
import type { ModuleProgress } from '$lib/progress';
import { frenchTypography } from '$lib/french';

function span(className: string, text: string): HTMLSpanElement {
	const element = document.createElement('span');
	element.className = className;
	element.textContent = text;
	return element;
}

/** Fills one placeholder with its module's status (not started when nothing is stored). */
export function paintStatus(placeholder: HTMLElement, progress: ModuleProgress | undefined): void {
	const status = progress?.status ?? 'not-started';
	const parts = [span(`badge ${status}`, STATUS_LABELS[status])];
	// Built here, not in a template: the typography plugin does not see it.
	if (progress?.bestScore) {
		parts.push(
			span('score', frenchTypography(`Meilleur score : ${formatScore(progress.bestScore)}`))
		);
	}
	const video = progress && videoLabel(progress);
	if (video) parts.push(span('score', video));
	if (progress?.quizInProgress) parts.push(span('score', 'Quiz en cours'));
	placeholder.replaceChildren(...parts);
	placeholder.dataset.status = status;
}

/**
 * An attachment for a list of cards: paints the status of the visible ones after idle, and keeps
 * them up to date (other tabs included). Returns what stops it.
 */
export function statusBadges(container: HTMLElement): () => void {
	let stopped = false;
	let stopLive: (() => void) | undefined;
	let progress = new Map<string, ModuleProgress>();
	const visible = new Set<HTMLElement>();
	const paint = (element: HTMLElement) =>
		paintStatus(element, progress.get(element.dataset.statusFor ?? ''));
	const observer =
		typeof IntersectionObserver === 'function'
			? new IntersectionObserver(
					(entries) => {
						for (const entry of entries) {
							const element = entry.target as HTMLElement;
							if (!entry.isIntersecting) {
								visible.delete(element);
								continue;
							}
							visible.add(element);
							paint(element);
						}
					},
					{ rootMargin: '200px 0px' }
				)
			: undefined;

	const follow = () => {
		void openProgressStore().then(
			(store) => {
				if (stopped || stopLive) return;
				stopLive = store.liveModules((modules) => {
					progress = new Map(modules.map((module) => [module.slug, module]));
					visible.forEach(paint);
					observeCards();
				});
			},
			() => {
				// No storage code (offline after a deployment): the cards keep « Non commencé ».
			}
		);
	};
	// Progress saved in another tab since: follow it when the learner comes back.
	const onVisible = () => {
		if (document.visibilityState !== 'visible' || stopLive) return;
		void mayHoldProgress().then((maybe) => {
			if (maybe && !stopped) follow();
		});
	};

	// Cards are painted once what they should say is known: never « Non commencé » first, then
	// the learner's real status.
	let observing = false;
	const observeCards = () => {
		if (observing) return;
		observing = true;
		container
			.querySelectorAll<HTMLElement>('[data-status-for]')
			.forEach((element) => observer?.observe(element));
	};

	const cancelIdle = whenIdle(() => {
		void mayHoldProgress().then((maybe) => {
			if (stopped) return;
			if (maybe) {
				follow();
				return;
			}
			observeCards();
			document.addEventListener('visibilitychange', onVisible);
		});
	});
	return () => {
		stopped = true;
		cancelIdle();
		stopLive?.();
		observer?.disconnect();
		document.removeEventListener('visibilitychange', onVisible);
	};
}
