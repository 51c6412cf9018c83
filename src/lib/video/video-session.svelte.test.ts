// The page's video session in a DOM: reports from the iframe's window become intervals and
// progress; nothing from elsewhere counts; a passage link cues the video.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { VideoSession, type PlaybackProgress } from './video-session.svelte';

const EMBED = 'https://tube.reseau-canope.fr/videos/embed/abc?api=1';
const ORIGIN = 'https://tube.reseau-canope.fr';

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	document.body.innerHTML = '';
});

/** A session attached to an iframe, the embed's messages delivered as the browser would. */
function setup() {
	const iframe = document.createElement('iframe');
	document.body.append(iframe);
	const frame = iframe.contentWindow!;
	const posted: { id?: number; method?: string; params?: unknown }[] = [];
	frame.postMessage = ((message: string) =>
		posted.push(JSON.parse(message))) as Window['postMessage'];
	const session = new VideoSession();
	cleanup = session.attach(iframe, EMBED, 90);
	const send = (message: unknown, origin = ORIGIN, source: Window = frame) =>
		window.dispatchEvent(
			new MessageEvent('message', { data: JSON.stringify(message), origin, source })
		);
	const handshake = () => {
		send({ method: 'peertube::__ready', params: { type: 'publish-request', publish: [] } });
		send({ method: 'peertube::ready', params: true });
		flushSync();
	};
	const report = (position: number, playbackState = 'playing') =>
		send({
			method: 'peertube::playbackStatusUpdate',
			params: { position, volume: 1, duration: 100, playbackState }
		});
	return { session, posted, send, handshake, report, frame };
}

describe('VideoSession', () => {
	it('becomes ready on the embed’s handshake, and passes on progress only when something changed', () => {
		const { session, handshake, report } = setup();
		expect(session.state).toBe('connecting');
		handshake();
		expect(session.ready).toBe(true);
		const progress: PlaybackProgress[] = [];
		session.onProgress((p) => progress.push(p));
		report(0, 'paused');
		for (let p = 0.5; p <= 10; p += 0.5) report(p);
		report(10, 'paused');
		report(10, 'paused');
		report(10, 'paused');
		flushSync();
		expect(session.intervals).toEqual([[0, 10]]);
		expect(session.percent).toBe(10);
		expect(progress.at(-1)).toMatchObject({ position: 10, settled: true, intervals: [[0, 10]] });
		// Three identical paused reports: one save, not three.
		expect(progress.filter((p) => p.settled)).toHaveLength(1);
	});

	it('ignores reports from another origin or window, and does not count a seek ahead', () => {
		const { session, handshake, report, send } = setup();
		handshake();
		const other = document.createElement('iframe');
		document.body.append(other);
		const fake = {
			method: 'peertube::playbackStatusUpdate',
			params: { position: 1, duration: 100, playbackState: 'playing' }
		};
		send(fake, 'https://evil.example');
		send(fake, ORIGIN, other.contentWindow!);
		report(0);
		report(0.5);
		report(90);
		report(90.5);
		flushSync();
		expect(session.intervals).toEqual([
			[0, 0.5],
			[90, 90.5]
		]);
	});

	it('cues the video when a link to a timed passage is clicked, without playing', async () => {
		const { handshake, posted } = setup();
		handshake();
		document.body.insertAdjacentHTML(
			'beforeend',
			'<div id="transcription-2" data-video-at="102">Texte</div><a href="#transcription-2">Revoir ce passage</a><a href="#ailleurs">Autre</a>'
		);
		const before = posted.length;
		(document.querySelector('a[href="#ailleurs"]') as HTMLElement).click();
		(document.querySelector('a[href="#transcription-2"]') as HTMLElement).click();
		await Promise.resolve();
		expect(posted.slice(before).map((m) => [m.method, m.params])).toEqual([
			['peertube::seek', 102]
		]);
	});

	it('restores stored intervals and offers to resume', () => {
		const { session, handshake } = setup();
		handshake();
		session.restore({ intervals: [[0, 40]], position: 40, duration: 100 });
		session.restore({ intervals: [[0, 100]], position: 99, duration: 100 }); // once only
		expect(session.intervals).toEqual([[0, 40]]);
		expect(session.resumeAt).toBe(40);
	});
});
