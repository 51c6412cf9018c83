// A fake PeerTube embed for the browser journeys: the video host is unreachable here, so a page is
// served in its place (Playwright `route`) that speaks the real jschannel protocol (the `jschannel`
// package, as PeerTube's embed uses it) with PeerTube's method names and event shapes, and plays
// a simulated video much faster than real time. Tests drive it from the iframe's frame.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const jschannelSource = readFileSync(require.resolve('jschannel'), 'utf8');

/** Where the modules' embeds live. */
export const EMBED_PATTERN = 'https://tube.reseau-canope.fr/videos/embed/**';

/** The simulated video's length (seconds). */
export const FAKE_DURATION = 240;

/** What the fake records and how tests drive it (as `window.fakePlayer` in the embed). */
export interface FakePlayer {
	calls: { method: string; params: unknown }[];
	position: number;
	state: string;
	/** Plays until `seconds`, then pauses. */
	playUntil(seconds: number): Promise<void>;
	pause(): void;
	/** What the learner does with the scrubber: jumps, without playing. */
	scrub(seconds: number): void;
}

// The page's script mirrors PeerTube's client/src/standalone/videos/embed-api.ts: a channel to
// window.parent with origin '*' and scope 'peertube', the same bound methods, `ready` notified
// once the "video" is loaded, `playbackStatusUpdate` with { position, volume, duration,
// playbackState }. Reports come every 10 ms instead of 500 ms and each one of playback advances
// 2 s, so that minutes play in a second.
const embedScript = (duration: number) => `
(function () {
	var TICK_MS = 10, STEP = 2, DURATION = ${duration};
	var player = { calls: [], position: 0, state: 'unstarted', timer: null };
	window.fakePlayer = player;
	var channel = Channel.build({ window: window.parent, origin: '*', scope: 'peertube' });
	function record(method, params) { player.calls.push({ method: method, params: params }); }
	function stop() { if (player.timer) { clearInterval(player.timer); player.timer = null; } }
	function setState(state) {
		player.state = state;
		channel.notify({ method: 'playbackStatusChange', params: state });
	}
	function report() {
		channel.notify({
			method: 'playbackStatusUpdate',
			params: { position: player.position, volume: 1, duration: DURATION, playbackState: player.state }
		});
	}
	player.play = function () {
		stop();
		setState('playing');
		// One report per step of playback, as PeerTube's 500 ms interval gives at normal speed.
		player.timer = setInterval(function () {
			player.position = Math.min(DURATION, player.position + STEP);
			if (player.position >= DURATION) { stop(); setState('ended'); }
			report();
		}, TICK_MS);
	};
	player.pause = function () { stop(); if (player.state === 'playing') setState('paused'); };
	player.scrub = function (seconds) { player.position = seconds; };
	player.playUntil = function (seconds) {
		player.play();
		return new Promise(function (resolve) {
			var check = setInterval(function () {
				if (player.position >= seconds || player.state === 'ended') {
					clearInterval(check);
					player.pause();
					// One more report with the final state before handing back.
					setTimeout(resolve, 5 * TICK_MS);
				}
			}, 1);
		});
	};
	channel.bind('isReady', function () { record('isReady'); return true; });
	channel.bind('play', function () { record('play'); player.play(); });
	channel.bind('pause', function () { record('pause'); player.pause(); });
	channel.bind('seek', function (txn, time) { record('seek', time); player.position = time; });
	channel.bind('getCurrentTime', function () { return player.position; });
	channel.bind('isPlaying', function () { return player.state === 'playing'; });
	setInterval(function () { if (player.state !== 'playing') report(); }, TICK_MS);
	channel.notify({ method: 'ready', params: true });
})();`;

/** The fake embed page. */
export function fakeEmbedHtml(duration = FAKE_DURATION): string {
	return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Lecteur</title></head>
<body><p>Lecteur vidéo simulé</p><script>${jschannelSource}</script><script>${embedScript(duration)}</script></body></html>`;
}

/** An embed that loads but never speaks: an old PeerTube, the API switched off, a filter. */
export const SILENT_EMBED_HTML =
	'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Lecteur</title></head><body><p>Lecteur muet</p></body></html>';

/** Serves the fake embed for every module video in this context; returns the embed URLs asked. */
export async function serveFakeEmbed(
	context: BrowserContext,
	html = fakeEmbedHtml()
): Promise<string[]> {
	const asked: string[] = [];
	await context.route(EMBED_PATTERN, (route) => {
		asked.push(route.request().url());
		return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
	});
	return asked;
}

/** The embed's frame once its fake player runs. */
export async function embedFrame(page: Page): Promise<Frame> {
	const handle = await page.locator('figure.video iframe').elementHandle();
	const frame = await handle?.contentFrame();
	if (!frame) throw new Error('no embed frame');
	await frame.waitForFunction(() => 'fakePlayer' in window);
	return frame;
}

/** Runs `action` on the fake player inside the embed. */
export function drive<T>(frame: Frame, action: (player: FakePlayer) => T | Promise<T>): Promise<T> {
	return frame.evaluate(`(${action.toString()})(window.fakePlayer)`) as Promise<T>;
}

/** The API calls the embed received so far (`seek`, `play`…), the handshake's `isReady` left out. */
export async function embedCalls(frame: Frame): Promise<{ method: string; params: unknown }[]> {
	const calls = await drive(frame, (player) => player.calls);
	return calls.filter((call) => call.method !== 'isReady');
}
