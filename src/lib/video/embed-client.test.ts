import { describe, expect, it, vi } from 'vitest';
import { EmbedClient, type IncomingMessage } from './embed-client';
import { readPlaybackStatus, readWireMessage } from './jschannel-wire';

const ORIGIN = 'https://tube.reseau-canope.fr';

/** A page with one embed: what the client posts, and a way to deliver messages to it. */
function setup(options: { readyTimeoutMs?: number } = {}) {
	const posted: { message: unknown; targetOrigin: string }[] = [];
	const frame = {
		postMessage: (message: string, targetOrigin: string) =>
			posted.push({ message: JSON.parse(message), targetOrigin })
	};
	let listener: ((event: IncomingMessage) => void) | undefined;
	const client = new EmbedClient({
		frame,
		origin: ORIGIN,
		listen: (l) => {
			listener = l;
			return () => (listener = undefined);
		},
		...options
	});
	const deliver = (data: unknown, from: { origin?: string; source?: unknown } = {}) =>
		listener?.({ data, origin: from.origin ?? ORIGIN, source: from.source ?? frame });
	const send = (message: unknown, from?: { origin?: string; source?: unknown }) =>
		deliver(JSON.stringify(message), from);
	return { client, posted, frame, deliver, send, listening: () => listener !== undefined };
}

/** The embed's side of the handshake, then its answer to `isReady`. */
function handshake(t: ReturnType<typeof setup>) {
	t.send({ method: 'peertube::__ready', params: { type: 'publish-request', publish: [] } });
	const isReady = t.posted.find(
		(p) => (p.message as { method?: string }).method === 'peertube::isReady'
	);
	t.send({ id: (isReady?.message as { id: number }).id, result: true });
}

const status = { position: 12.5, volume: 1, duration: 171.37, playbackState: 'playing' };

describe('EmbedClient handshake', () => {
	it('opens with a publish-request, answers the embed’s with a publish-reply to its origin only', async () => {
		const t = setup();
		expect(t.posted[0]).toEqual({
			message: { method: 'peertube::__ready', params: { type: 'publish-request', publish: [] } },
			targetOrigin: '*'
		});
		handshake(t);
		await Promise.resolve();
		expect(t.posted[1]).toEqual({
			message: { method: 'peertube::__ready', params: { type: 'publish-reply', publish: [] } },
			targetOrigin: ORIGIN
		});
		expect(t.posted[2]).toMatchObject({
			message: { method: 'peertube::isReady' },
			targetOrigin: ORIGIN
		});
		expect(t.client.state).toBe('ready');
	});

	it('becomes ready on the "ready" notification when isReady said not yet', async () => {
		const t = setup();
		t.send({ method: 'peertube::__ready', params: { type: 'publish-reply', publish: [] } });
		const id = (t.posted.at(-1)!.message as { id: number }).id;
		t.send({ id, result: false });
		await Promise.resolve();
		expect(t.client.state).toBe('connecting');
		t.send({ method: 'peertube::ready', params: true });
		expect(t.client.state).toBe('ready');
	});

	it('times out cleanly when the embed never answers: unavailable, no throw, calls refused', async () => {
		vi.useFakeTimers();
		try {
			const t = setup({ readyTimeoutMs: 1000 });
			const states: string[] = [];
			t.client.onState((state) => states.push(state));
			vi.advanceTimersByTime(999);
			expect(t.client.state).toBe('connecting');
			vi.advanceTimersByTime(1);
			expect(states).toEqual(['unavailable']);
			expect(await t.client.seek(10)).toEqual({ ok: false });
			expect(t.posted).toHaveLength(1); // the opening handshake only
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('EmbedClient calls and reports', () => {
	it('sends seek with the seconds and resolves on the answer', async () => {
		const t = setup();
		handshake(t);
		await Promise.resolve();
		const seeking = t.client.seek(102);
		const request = t.posted.at(-1)!.message as { id: number; method: string; params: number };
		expect(request).toMatchObject({ method: 'peertube::seek', params: 102 });
		t.send({ id: request.id }); // PeerTube answers a seek without a result
		expect(await seeking).toEqual({ ok: true, result: undefined });
	});

	it('answers a refused or silent call with ok: false', async () => {
		vi.useFakeTimers();
		try {
			const t = setup();
			handshake(t);
			await Promise.resolve();
			const refused = t.client.play();
			t.send({ id: (t.posted.at(-1)!.message as { id: number }).id, error: 'runtime_error' });
			expect(await refused).toEqual({ ok: false });
			const silent = t.client.pause();
			vi.advanceTimersByTime(5000);
			expect(await silent).toEqual({ ok: false });
		} finally {
			vi.useRealTimers();
		}
	});

	it('passes playback reports on, in PeerTube’s shape (duration as a number or a string)', async () => {
		const t = setup();
		handshake(t);
		const reports: unknown[] = [];
		t.client.onStatus((s) => reports.push(s));
		t.send({ method: 'peertube::playbackStatusUpdate', params: status });
		t.send({
			method: 'peertube::playbackStatusUpdate',
			params: { ...status, duration: '171.37499', playbackState: 'buffering' }
		});
		expect(reports).toEqual([
			{ position: 12.5, duration: 171.37, state: 'playing' },
			{ position: 12.5, duration: 171.37499, state: 'other' }
		]);
	});
});

describe('EmbedClient ignores what is not its embed speaking its protocol', () => {
	const foreign: [string, (t: ReturnType<typeof setup>) => void][] = [
		['another origin', (t) => t.send(readyHandshake, { origin: 'https://evil.example' })],
		['a look-alike origin', (t) => t.send(readyHandshake, { origin: `${ORIGIN}.evil.example` })],
		['the right origin from another window', (t) => t.send(readyHandshake, { source: {} })],
		['a non-string message', (t) => t.deliver({ method: 'peertube::__ready' })],
		['text that is not JSON', (t) => t.deliver('{"method": "peertube::__ready"')],
		['JSON that is not an object', (t) => t.deliver('["peertube::__ready"]')],
		['null', (t) => t.deliver('null')],
		['another scope', (t) => t.send({ ...readyHandshake, method: 'other::__ready' })],
		['no scope', (t) => t.send({ ...readyHandshake, method: '__ready' })],
		['a nested scope', (t) => t.send({ ...readyHandshake, method: 'peertube::x::__ready' })],
		[
			'a handshake without its type',
			(t) => t.send({ method: 'peertube::__ready', params: 'ping' })
		],
		['a huge message', (t) => t.deliver(`"${'x'.repeat(70_000)}"`)]
	];
	const readyHandshake = {
		method: 'peertube::__ready',
		params: { type: 'publish-request', publish: [] }
	};

	it.each(foreign)('%s', (_, deliver) => {
		const t = setup();
		const reports: unknown[] = [];
		t.client.onStatus((s) => reports.push(s));
		expect(() => deliver(t)).not.toThrow();
		expect(t.posted).toHaveLength(1); // nothing answered
		expect(t.client.state).toBe('connecting');
	});

	it('ignores reports before the handshake, malformed reports and unknown answers', async () => {
		const t = setup();
		const reports: unknown[] = [];
		t.client.onStatus((s) => reports.push(s));
		t.send({ method: 'peertube::playbackStatusUpdate', params: status });
		handshake(t);
		await Promise.resolve();
		for (const params of [
			null,
			[],
			{ ...status, position: 'douze' },
			{ ...status, position: -1 },
			{ ...status, position: Number.MAX_VALUE },
			{ ...status, position: undefined }
		]) {
			t.send({ method: 'peertube::playbackStatusUpdate', params });
		}
		expect(() => t.send({ id: 999_999, result: 1 })).not.toThrow();
		expect(() => t.send({ id: 0, result: 1 })).not.toThrow();
		expect(reports).toEqual([]);
	});

	it('does not answer requests from the embed, and stops listening when closed', async () => {
		const t = setup();
		handshake(t);
		await Promise.resolve();
		const count = t.posted.length;
		t.send({ id: 5, method: 'peertube::getSecrets' });
		expect(t.posted).toHaveLength(count);
		const pending = t.client.call('getCurrentTime');
		t.client.close();
		expect(await pending).toEqual({ ok: false });
		expect(t.listening()).toBe(false);
		expect(t.client.state).toBe('closed');
	});
});

describe('wire helpers', () => {
	it('reads only scoped messages with positive integer ids', () => {
		expect(readWireMessage('{"id":1.5,"result":1}')).toBeUndefined();
		expect(readWireMessage('{"id":-1,"result":1}')).toBeUndefined();
		expect(readWireMessage('{"result":1}')).toBeUndefined();
		expect(readWireMessage('{"id":3,"error":"x","message":"y"}')).toEqual({
			kind: 'response',
			id: 3,
			ok: false,
			error: 'x'
		});
	});

	it('reads a playback status with its bounds', () => {
		expect(readPlaybackStatus({ position: 0, duration: 0, playbackState: 'unstarted' })).toEqual({
			position: 0,
			duration: null,
			state: 'unstarted'
		});
		expect(readPlaybackStatus({ position: Number.NaN })).toBeUndefined();
	});
});
