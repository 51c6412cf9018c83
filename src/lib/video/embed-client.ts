// A small client for PeerTube's embed API (our own, MIT): the handshake, a few calls and the
// playback reports. No DOM beyond the iframe's window handle: the page hands in how to post and
// how to listen, so that the whole protocol is tested in Node.
import {
	handshakeMessage,
	readPlaybackStatus,
	readWireMessage,
	requestMessage,
	type WireMessage
} from './jschannel-wire';
import type { PlaybackStatus } from './playback';

/** The embed's window, as `iframe.contentWindow` gives it. */
export interface EmbedWindow {
	postMessage(message: string, targetOrigin: string): void;
}

/** A `message` event, as the page receives it. */
export interface IncomingMessage {
	data: unknown;
	origin: string;
	source: unknown;
}

/** Where the client stands: it never throws, it ends `unavailable` when the embed stays silent. */
export type EmbedState = 'connecting' | 'ready' | 'unavailable' | 'closed';

export interface EmbedClientOptions {
	/** The iframe's window: the only source accepted, the only target of calls. */
	frame: EmbedWindow;
	/** The embed's origin ("https://tube.reseau-canope.fr"): the only origin accepted. */
	origin: string;
	/** Listens to the page's `message` events; returns how to stop. */
	listen(listener: (event: IncomingMessage) => void): () => void;
	/** How long the embed has to say it is ready before the client gives up (ms). */
	readyTimeoutMs?: number;
	/** How long a call waits for its answer (ms). */
	callTimeoutMs?: number;
	setTimer?: (callback: () => void, ms: number) => unknown;
	clearTimer?: (timer: unknown) => void;
}

/** The outcome of a call: never a throw. */
export type CallResult = { ok: true; result: unknown } | { ok: false };

/** The origin of an embed URL ("https://tube.reseau-canope.fr"), the only one the client hears. */
export function originOf(embedSrc: string): string {
	return new URL(embedSrc).origin;
}

export const READY_TIMEOUT_MS = 15_000;
export const CALL_TIMEOUT_MS = 5_000;

/**
 * Talks to one PeerTube embed. Messages are accepted only from `origin` and only from `frame`;
 * anything else, malformed or out of scope is ignored without a word.
 */
export class EmbedClient {
	#state: EmbedState = 'connecting';
	#channelOpen = false;
	#nextId = 1;
	readonly #options: Required<Omit<EmbedClientOptions, 'listen'>>;
	readonly #pending = new Map<number, { resolve: (result: CallResult) => void; timer: unknown }>();
	readonly #statusListeners = new Set<(status: PlaybackStatus) => void>();
	readonly #stateListeners = new Set<(state: EmbedState) => void>();
	readonly #stopListening: () => void;
	#readyTimer: unknown;

	constructor(options: EmbedClientOptions) {
		this.#options = {
			readyTimeoutMs: READY_TIMEOUT_MS,
			callTimeoutMs: CALL_TIMEOUT_MS,
			setTimer: (callback, ms) => setTimeout(callback, ms),
			clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
			...options
		};
		this.#stopListening = options.listen((event) => this.#receive(event));
		this.#readyTimer = this.#options.setTimer(() => {
			if (this.#state === 'connecting') this.#setState('unavailable');
		}, this.#options.readyTimeoutMs);
		this.ping();
	}

	get state(): EmbedState {
		return this.#state;
	}

	/**
	 * Opens the handshake, in case the embed started before we listened (call it again when the
	 * iframe loads). Sent to any origin: the frame may still be blank or an error page, and this
	 * fixed message carries nothing; the answer is only accepted from the embed's origin.
	 */
	ping(): void {
		if (this.#channelOpen || this.#state === 'closed') return;
		this.#post(handshakeMessage(false), '*');
	}

	/** Calls back with every playback report; returns how to stop. */
	onStatus(listener: (status: PlaybackStatus) => void): () => void {
		this.#statusListeners.add(listener);
		return () => this.#statusListeners.delete(listener);
	}

	/** Calls back on every change of state; returns how to stop. */
	onState(listener: (state: EmbedState) => void): () => void {
		this.#stateListeners.add(listener);
		return () => this.#stateListeners.delete(listener);
	}

	play(): Promise<CallResult> {
		return this.call('play');
	}

	pause(): Promise<CallResult> {
		return this.call('pause');
	}

	seek(seconds: number): Promise<CallResult> {
		return this.call('seek', Math.max(0, seconds));
	}

	/** Calls a method of the embed API; `{ ok: false }` when not ready, refused or too slow. */
	call(method: string, params?: unknown): Promise<CallResult> {
		if (this.#state !== 'ready') return Promise.resolve({ ok: false });
		return this.#request(method, params);
	}

	/** Stops listening and answers every pending call with `{ ok: false }`. */
	close(): void {
		if (this.#state === 'closed') return;
		this.#stopListening();
		this.#options.clearTimer(this.#readyTimer);
		for (const [id, pending] of this.#pending) this.#settle(id, pending, { ok: false });
		this.#setState('closed');
		this.#statusListeners.clear();
		this.#stateListeners.clear();
	}

	#request(method: string, params?: unknown): Promise<CallResult> {
		const id = this.#nextId++;
		return new Promise<CallResult>((resolve) => {
			const timer = this.#options.setTimer(() => {
				const pending = this.#pending.get(id);
				if (pending) this.#settle(id, pending, { ok: false });
			}, this.#options.callTimeoutMs);
			this.#pending.set(id, { resolve, timer });
			this.#post(requestMessage(id, method, params), this.#options.origin);
		});
	}

	#settle(
		id: number,
		pending: { resolve: (result: CallResult) => void; timer: unknown },
		result: CallResult
	) {
		this.#pending.delete(id);
		this.#options.clearTimer(pending.timer);
		pending.resolve(result);
	}

	#post(message: string, targetOrigin: string): void {
		try {
			this.#options.frame.postMessage(message, targetOrigin);
		} catch {
			// A frame gone or navigated away: the ready timeout will say the embed is unavailable.
		}
	}

	#setState(state: EmbedState): void {
		if (this.#state === state || this.#state === 'closed') return;
		this.#state = state;
		if (state === 'ready' || state === 'closed') this.#options.clearTimer(this.#readyTimer);
		for (const listener of this.#stateListeners) listener(state);
	}

	#apiReady(): void {
		if (this.#state === 'connecting' || this.#state === 'unavailable') this.#setState('ready');
	}

	#receive(event: IncomingMessage): void {
		if (this.#state === 'closed') return;
		if (event.origin !== this.#options.origin || event.source !== this.#options.frame) return;
		const message = readWireMessage(event.data);
		if (message) this.#handle(message);
	}

	#handle(message: WireMessage): void {
		switch (message.kind) {
			case 'handshake':
				if (this.#channelOpen) return;
				this.#channelOpen = true;
				if (!message.reply) this.#post(handshakeMessage(true), this.#options.origin);
				// As PeerTube's own client does: ask, in case "ready" was sent before we listened.
				void this.#request('isReady').then((answer) => {
					if (answer.ok && answer.result === true) this.#apiReady();
				});
				return;
			case 'notification':
				if (!this.#channelOpen) return;
				if (message.method === 'ready' && message.params === true) this.#apiReady();
				if (message.method === 'playbackStatusUpdate') {
					const status = readPlaybackStatus(message.params);
					if (!status) return;
					this.#apiReady();
					for (const listener of this.#statusListeners) listener(status);
				}
				return;
			case 'response': {
				const pending = this.#pending.get(message.id);
				if (pending) {
					this.#settle(
						message.id,
						pending,
						message.ok ? { ok: true, result: message.result } : { ok: false }
					);
				}
				return;
			}
			case 'request':
				// We expose no method to the embed.
				return;
		}
	}
}
