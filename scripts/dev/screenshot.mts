import { openBrowser } from '../lib/browser.ts';
import { startStaticServer } from '../lib/static-server.ts';
const server = await startStaticServer({ dir: 'build' });
const { browser, close } = await openBrowser();
const page = await browser.newPage({
	viewport: { width: Number(process.argv[3] ?? 1280), height: 900 }
});
await page.route('**/*', (r) =>
	r.request().url().startsWith(server.origin) ? r.fallback() : r.abort()
);
await page.goto(server.url + (process.argv[2] ?? '/'));
await page.screenshot({
	path: '/tmp/shot.png',
	fullPage: true,
	clip: process.argv[4]
		? { x: 0, y: Number(process.argv[4]), width: Number(process.argv[3] ?? 1280), height: 1400 }
		: undefined
});
await close();
await server.close();
