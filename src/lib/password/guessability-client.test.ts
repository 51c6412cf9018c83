import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuessabilityRequest, GuessabilityResult } from './guessability';
import { GuessabilityClient, type EngineState, type WorkerLike } from './guessability-client';

class FakeWorker implements WorkerLike {
	sent: GuessabilityRequest[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	postMessage(message: GuessabilityRequest) {
		this.sent.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	reply(data: unknown) {
		this.onmessage?.({ data } as MessageEvent);
	}
}

const answer = (id: number): GuessabilityResult => ({
	id,
	score: 2,
	guessesLog10: 7,
	seconds: 1000,
	findings: [],
	truncated: false,
	accentFreeWeaker: false
});

describe('GuessabilityClient', () => {
	let worker: FakeWorker;
	let engine: EngineState[];
	let results: GuessabilityResult[];
	let client: GuessabilityClient;
	let created: number;

	beforeEach(() => {
		vi.useFakeTimers();
		worker = new FakeWorker();
		engine = [];
		results = [];
		created = 0;
		client = new GuessabilityClient(
			{ onEngine: (s) => engine.push(s), onResult: (r) => results.push(r) },
			() => {
				created += 1;
				return worker;
			},
			100
		);
	});

	afterEach(() => vi.useRealTimers());

	it('creates the worker only when started, once', () => {
		expect(created).toBe(0);
		client.start();
		client.start();
		expect(created).toBe(1);
		expect(engine).toEqual(['loading']);
		worker.reply({ ready: true });
		expect(engine).toEqual(['loading', 'ready']);
	});

	it('debounces keystrokes and sends only the latest password', () => {
		client.request('B', []);
		client.request('Bo', []);
		client.request('Bon', ['numen']);
		expect(worker.sent).toHaveLength(0);
		vi.advanceTimersByTime(100);
		expect(worker.sent).toEqual([{ id: 3, password: 'Bon', userInputs: ['numen'] }]);
	});

	it('keeps one request in flight and coalesces the rest', () => {
		client.request('a', []);
		vi.advanceTimersByTime(100);
		client.request('ab', []);
		vi.advanceTimersByTime(100);
		client.request('abc', []);
		vi.advanceTimersByTime(100);
		expect(worker.sent.map((r) => r.password)).toEqual(['a']);
		worker.reply(answer(1)); // stale: not shown, but frees the worker
		expect(results).toEqual([]);
		expect(worker.sent.map((r) => r.password)).toEqual(['a', 'abc']);
		worker.reply(answer(3));
		expect(results.map((r) => r.id)).toEqual([3]);
	});

	it('drops queued work on cancel and terminates on dispose', () => {
		client.request('secret', []);
		client.cancel();
		vi.advanceTimersByTime(500);
		expect(worker.sent).toHaveLength(0);
		client.dispose();
		expect(worker.terminated).toBe(true);
	});

	it('reports an unavailable engine when workers are missing or fail', () => {
		const none = new GuessabilityClient(
			{ onEngine: (s) => engine.push(s), onResult: () => {} },
			() => null
		);
		none.request('x', []);
		expect(engine).toEqual(['unavailable']);
		client.request('y', []);
		vi.advanceTimersByTime(100);
		worker.reply({ id: 1, error: true });
		expect(engine.at(-1)).toBe('unavailable');
	});
});
