// The learner's status on catalogue cards, without a component per card: once the browser is idle
// after the first paint, the progress store opens once, follows every module's progress, and paints
// the badge of the cards that are on screen (or about to be) into their `[data-status-for]`
// placeholder. Hydrating a catalogue page thus costs nothing per card.
import { formatScore, openProgressStore, STATUS_LABELS, whenIdle } from '$lib/progress';
import type { ModuleProgress } from '$lib/progress';

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
	if (progress?.bestScore) {
		parts.push(span('score', `Meilleur score : ${formatScore(progress.bestScore)}`));
	}
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
	let observer: IntersectionObserver | undefined;
	const cancelIdle = whenIdle(() => {
		void openProgressStore().then(
			(store) => {
				if (stopped) return;
				let progress = new Map<string, ModuleProgress>();
				const visible = new Set<HTMLElement>();
				const paint = (element: HTMLElement) =>
					paintStatus(element, progress.get(element.dataset.statusFor ?? ''));
				observer = new IntersectionObserver(
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
				);
				container
					.querySelectorAll<HTMLElement>('[data-status-for]')
					.forEach((element) => observer!.observe(element));
				stopLive = store.liveModules((modules) => {
					progress = new Map(modules.map((module) => [module.slug, module]));
					visible.forEach(paint);
				});
			},
			() => {
				// No storage (private mode, blocked): the cards simply show no status.
			}
		);
	});
	return () => {
		stopped = true;
		cancelIdle();
		stopLive?.();
		observer?.disconnect();
	};
}
