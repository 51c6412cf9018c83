import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from '../lib/static-server.ts';
const server = await startStaticServer({ dir: '/work/main/build' });
const chrome = await chromeLauncher.launch({
	chromePath: '/usr/bin/chromium',
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});
const r = await lighthouse(server.url + process.argv[2], {
	port: chrome.port,
	output: 'json',
	logLevel: 'error',
	onlyCategories: ['performance']
});
const a = r!.lhr.audits;
for (const k of [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index',
	'interactive'
])
	console.log(k, a[k]?.displayValue, a[k]?.score);
console.log(JSON.stringify(a['largest-contentful-paint-element']?.details ?? null)?.slice(0, 600));
for (const k of ['bootup-time', 'mainthread-work-breakdown', 'long-tasks']) {
	const items = (
		(a[k]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
	).slice(0, 6);
	console.log(
		k,
		items.map((i) => [
			i.url ?? i.groupLabel ?? i.group,
			Math.round(Number(i.total ?? i.duration ?? 0)),
			Math.round(Number(i.startTime ?? 0))
		])
	);
}
await chrome.kill();
await server.close();
