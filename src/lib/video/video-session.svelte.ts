// The module page's video as the page sees it: whether the embed answers, where it is, what was
// played. One per page (`pageVideo`): the video attaches it, the transcript's times, the chapters
// and the progress saving read it. Nothing here shows or moves anything unless the embed answers.
import { EmbedClient, originOf, type EmbedState } from './embed-client';
import { reachesThreshold, watchedPercent, type Interval } from './intervals';
import { initialWatch, trackPlayback, type PlaybackStatus, type WatchState } from './playback';

/** What was stored for this video, to resume from. */
export interface StoredPlayback {
	intervals: readonly Interval[];
	position: number;
	duration: number;
}

/** What the progress saving receives after each report. */
export interface PlaybackProgress {
	duration: number;
	intervals: Interval[];
	position: number;
	watchedPercent: number;
	/** The learner paused, the video ended, or nothing is playing: a good moment to save. */
	settled: boolean;
}

/** Room at both ends where resuming is pointless. */
const RESUME_MARGIN_SECONDS = 5;

/** The page's video, followed through PeerTube's embed API. */
export class VideoSession {
	/** `idle` until the iframe is attached. */
	state = $state<EmbedState | 'idle'>('idle');
	position = $state(0);
	duration = $state(0);
	intervals = $state.raw<Interval[]>([]);
	/** The stored position offered by "Reprendre la vidéo à …", once read. */
	resumeAt = $state<number | null>(null);
	/** The share that counts as watched (percent), from the module. */
	threshold = $state(90);
	/** The threshold was reached during this visit (for a one-time announcement). */
	reachedNow = $state(false);

	readonly ready = $derived(this.state === 'ready');
	readonly percent = $derived(watchedPercent(this.intervals, this.duration));

	#client: EmbedClient | null = null;
	#watch: WatchState = initialWatch();
	#played = false;
	#restored = false;
	#lastState: PlaybackStatus['state'] | null = null;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- callbacks, not state to show
	readonly #listeners = new Set<(progress: PlaybackProgress) => void>();

	/**
	 * Follows the embed in `iframe` (an attachment: returns the cleanup). The client talks only
	 * to the iframe's window and to the origin of `embedSrc`.
	 */
	attach(iframe: HTMLIFrameElement, embedSrc: string, threshold: number): () => void {
		const frame = iframe.contentWindow;
		if (!frame) return () => {};
		this.#reset();
		this.threshold = threshold;
		this.state = 'connecting';
		const client = new EmbedClient({
			frame,
			origin: originOf(embedSrc),
			listen: (listener) => {
				window.addEventListener('message', listener);
				return () => window.removeEventListener('message', listener);
			}
		});
		this.#client = client;
		client.onState((state) => (this.state = state));
		client.onStatus((status) => this.#report(status));
		const ping = () => client.ping();
		iframe.addEventListener('load', ping);
		const stopReview = this.#followPassageLinks();
		return () => {
			iframe.removeEventListener('load', ping);
			stopReview();
			client.close();
			if (this.#client === client) {
				this.#client = null;
				this.state = 'idle';
			}
		};
	}

	#reset(): void {
		this.#watch = initialWatch();
		this.#played = false;
		this.#restored = false;
		this.#lastState = null;
		this.intervals = [];
		this.position = 0;
		this.duration = 0;
		this.resumeAt = null;
		this.reachedNow = false;
	}

	/** Adds what was stored (another visit, another tab) and offers to resume there. */
	restore(stored: StoredPlayback | null): void {
		if (this.#restored) return;
		this.#restored = true;
		if (!stored) return;
		this.#watch = initialWatch([...stored.intervals, ...this.#watch.intervals]);
		this.intervals = this.#watch.intervals;
		if (!(this.duration > 0)) this.duration = stored.duration;
		const end = (this.duration || stored.duration) - RESUME_MARGIN_SECONDS;
		if (stored.position > RESUME_MARGIN_SECONDS && stored.position < end) {
			this.resumeAt = stored.position;
		}
	}

	/** Goes to `seconds`, and plays when asked. False when the embed does not answer. */
	async seek(seconds: number, play = false): Promise<boolean> {
		const client = this.#client;
		if (!client || !this.ready) return false;
		const sought = await client.seek(seconds);
		if (sought.ok) this.position = seconds;
		if (play) await client.play();
		return sought.ok;
	}

	/** Calls back after each report once the learner has played something; returns how to stop. */
	onProgress(listener: (progress: PlaybackProgress) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#report(status: PlaybackStatus): void {
		const before = this.#watch.intervals;
		// PeerTube reports every 500 ms, paused or not: only a change is worth passing on.
		const moved = status.position !== this.position || status.state !== this.#lastState;
		this.#lastState = status.state;
		this.#watch = trackPlayback(this.#watch, status, Date.now());
		this.position = status.position;
		if (status.duration) this.duration = status.duration;
		if (this.#watch.intervals !== before) {
			const wasWatched = reachesThreshold(before, this.duration, this.threshold);
			this.intervals = this.#watch.intervals;
			if (!wasWatched && reachesThreshold(this.intervals, this.duration, this.threshold)) {
				this.reachedNow = true;
			}
		}
		if (status.state === 'playing') this.#played = true;
		if (!this.#played || !(this.duration > 0)) return;
		if (!moved && this.#watch.intervals === before) return;
		const progress: PlaybackProgress = {
			duration: this.duration,
			intervals: this.#watch.intervals,
			position: status.position,
			watchedPercent: this.threshold,
			settled: status.state !== 'playing'
		};
		for (const listener of this.#listeners) listener(progress);
	}

	/**
	 * A link to a transcription passage that has a time ("Revoir ce passage" in the quiz) also
	 * cues the video there, without playing: the link still scrolls, focus stays where it was.
	 */
	#followPassageLinks(): () => void {
		const onclick = (event: MouseEvent) => {
			const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
			const id = link?.getAttribute('href')?.slice(1);
			const at = id ? document.getElementById(id)?.dataset.videoAt : undefined;
			if (at !== undefined && at !== '') void this.seek(Number(at));
		};
		document.addEventListener('click', onclick);
		return () => document.removeEventListener('click', onclick);
	}
}

/** The video of the page being shown (module pages have one). */
export const pageVideo = new VideoSession();
