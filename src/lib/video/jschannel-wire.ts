// The jschannel wire protocol, as PeerTube's embed speaks it (npm `jschannel` 1.0): JSON text
// posted with postMessage, method names scoped "peertube::…", a "__ready" handshake. Pure
// functions: building our messages and reading theirs, every field checked.
import type { PlaybackStatus } from './playback';

/** The scope PeerTube's embed uses when its URL has no `scope=` parameter. */
export const SCOPE = 'peertube';

/** Longest message read; PeerTube's are a few hundred characters. */
export const MAX_MESSAGE_CHARS = 64 * 1024;

/** A message from the embed, read and checked. */
export type WireMessage =
	| { kind: 'handshake'; reply: boolean }
	| { kind: 'notification'; method: string; params: unknown }
	| { kind: 'response'; id: number; ok: true; result: unknown }
	| { kind: 'response'; id: number; ok: false; error: string }
	| { kind: 'request'; id: number; method: string };

const scoped = (method: string) => `${SCOPE}::${method}`;

/** The handshake: a "publish-request" opens it, the side receiving one answers "publish-reply". */
export function handshakeMessage(reply: boolean): string {
	return JSON.stringify({
		method: scoped('__ready'),
		params: { type: reply ? 'publish-reply' : 'publish-request', publish: [] }
	});
}

/** A request (`seek`, `play`…) with its transaction id. */
export function requestMessage(id: number, method: string, params?: unknown): string {
	return JSON.stringify(
		params === undefined ? { id, method: scoped(method) } : { id, method: scoped(method), params }
	);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unscope(method: unknown): string | undefined {
	if (typeof method !== 'string') return undefined;
	const parts = method.split('::');
	return parts.length === 2 && parts[0] === SCOPE && parts[1] ? parts[1] : undefined;
}

/** Reads one posted message; undefined for anything that is not this protocol in our scope. */
export function readWireMessage(data: unknown): WireMessage | undefined {
	if (typeof data !== 'string' || data.length > MAX_MESSAGE_CHARS) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(data);
	} catch {
		return undefined;
	}
	if (!isRecord(value)) return undefined;
	const id = value.id;
	const hasId = typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
	if ('method' in value) {
		const method = unscope(value.method);
		if (method === undefined) return undefined;
		if (hasId) return { kind: 'request', id, method };
		if (method === '__ready') {
			const type = isRecord(value.params) ? value.params.type : undefined;
			if (type !== 'publish-request' && type !== 'publish-reply') return undefined;
			return { kind: 'handshake', reply: type === 'publish-reply' };
		}
		return { kind: 'notification', method, params: value.params };
	}
	if (!hasId) return undefined;
	if ('error' in value) {
		return { kind: 'response', id, ok: false, error: String(value.error).slice(0, 200) };
	}
	return { kind: 'response', id, ok: true, result: value.result };
}

const STATES = new Set(['unstarted', 'playing', 'paused', 'ended']);

function seconds(value: unknown): number | undefined {
	// PeerTube's documentation shows the duration as a string ("171.37499"); the player sends a number.
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) && number >= 0 && number < 86_400
		? number
		: undefined;
}

/** The `playbackStatusUpdate` payload, or undefined when it is not one. */
export function readPlaybackStatus(params: unknown): PlaybackStatus | undefined {
	if (!isRecord(params)) return undefined;
	const position = seconds(params.position);
	if (position === undefined) return undefined;
	const duration = seconds(params.duration);
	const state = params.playbackState;
	return {
		position,
		duration: duration !== undefined && duration > 0 ? duration : null,
		state:
			typeof state === 'string' && STATES.has(state) ? (state as PlaybackStatus['state']) : 'other'
	};
}
