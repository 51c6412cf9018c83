// Lists the JS files a built page loads without interaction, with gzip sizes (dev aid).
import { gzipSync } from 'node:zlib';
import { newIsolatedContext, openBrowser } from '../lib/browser.ts';
import { startStaticServer } from '../lib/static-server.ts';

const server = await startStaticServer({ dir: 'build' });
const { browser, close } = await openBrowser();
const { context } = await newIsolatedContext(browser, server.origin, { serviceWorkers: 'block' });
const page = await context.newPage();
const rows: Promise<[string, number]>[] = [];
page.on('response', (r) => {
	if (r.url().endsWith('.js'))
		rows.push(r.body().then((b) => [r.url().replace(server.origin, ''), gzipSync(b).length]));
});
await page.goto(`${server.url}${process.argv[2] ?? '/'}`, { waitUntil: 'networkidle' });
for (const [url, size] of (await Promise.all(rows)).sort((a, b) => b[1] - a[1])) {
	console.log(`${(size / 1024).toFixed(1).padStart(6)} KB  ${url}`);
}
await close();
await server.close();
