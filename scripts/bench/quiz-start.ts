// The quiz starts in one wave: on a module page loaded on a throttled phone (slow 4G and a CPU
// slowed 4×, through the DevTools protocol), the time from the click on « Commencer » to the first
// question, the JavaScript the page and the quiz need in all, and how many of the quiz's files
// were discovered only once another had arrived (a second wave).
import { gzipSync } from 'node:zlib';
import { newIsolatedContext, openBrowser } from '../lib/browser';
import { startStaticServer } from '../lib/static-server';
import { percentile, type BenchRow, type BenchSection } from './types';

const MODULE = '/modules/messagerie-academique';

/** Lighthouse's "slow 4G" as DevTools applies it (150 ms RTT × 3.75, 1.6 Mb/s × 0.9). */
const SLOW_4G = {
	offline: false,
	latency: 562.5,
	downloadThroughput: (1474.56 * 1024) / 8,
	uploadThroughput: (675 * 1024) / 8
};

interface Sample {
	clickToQuestionMs: number;
	pageJsGzip: number;
	quizJsGzip: number;
	lateFiles: number;
}

async function sample(buildDir: string): Promise<Sample> {
	const server = await startStaticServer({ dir: buildDir });
	const { browser, close } = await openBrowser();
	try {
		const { context } = await newIsolatedContext(browser, server.origin, {
			serviceWorkers: 'block',
			viewport: { width: 412, height: 823 },
			isMobile: true
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

		let clicked = false;
		const files: { start: number; end: Promise<number>; gzip: Promise<number>; quiz: boolean }[] =
			[];
		page.on('request', (request) => {
			if (!/\.m?js(\?|$)/.test(request.url())) return;
			const start = performance.now();
			const response = request.response();
			files.push({
				start,
				quiz: clicked,
				end: request
					.response()
					.then((r) => r?.finished())
					.then(() => performance.now()),
				gzip: response.then(async (r) => (r ? gzipSync(await r.body(), { level: 9 }).length : 0))
			});
		});
		await page.goto(`${server.url}${MODULE}`, { waitUntil: 'networkidle' });
		const start = page.getByRole('button', { name: 'Commencer' }).first();
		// Scrolled to first, as a learner does before pressing it: coming near the quiz loads it too,
		// so what loads from here on is the quiz's.
		clicked = true;
		await start.scrollIntoViewIfNeeded();
		const clickedAt = performance.now();
		await start.click();
		await page.locator('fieldset[data-question]').first().waitFor();
		const clickToQuestionMs = performance.now() - clickedAt;
		await page.waitForLoadState('networkidle');

		const quizFiles = files.filter((file) => file.quiz);
		const ends = await Promise.all(quizFiles.map((file) => file.end));
		const firstArrival = Math.min(...ends);
		const lateFiles = quizFiles.filter((file) => file.start > firstArrival).length;
		const sizes = await Promise.all(
			files.map(async (file) => ({ ...file, size: await file.gzip }))
		);
		await context.close();
		return {
			clickToQuestionMs,
			pageJsGzip: sizes.filter((f) => !f.quiz).reduce((sum, f) => sum + f.size, 0),
			quizJsGzip: sizes.filter((f) => f.quiz).reduce((sum, f) => sum + f.size, 0),
			lateFiles
		};
	} finally {
		await close();
		await server.close();
	}
}

/** « Commencer » → first question on a throttled phone, and the quiz's bytes and waves. */
const quizStart: BenchSection = async ({ quick, buildDir }) => {
	const samples: Sample[] = [];
	for (let run = 0; run < (quick ? 1 : 3); run++) samples.push(await sample(buildDir));
	const median = (pick: (s: Sample) => number) => percentile(samples.map(pick), 50);
	const kb = (bytes: number) => bytes / 1024;
	return [
		{
			figure: `Quiz : clic sur « Commencer » → première question, 4G lente et CPU ÷ 4 (médiane de ${samples.length})`,
			value: median((s) => s.clickToQuestionMs),
			unit: 'ms',
			budget: { max: 1200 }
		},
		{
			figure: 'Quiz : JS de la page et du quiz jusqu’à la première question (gzip)',
			value: kb(median((s) => s.pageJsGzip + s.quizJsGzip)),
			unit: 'KB',
			budget: { max: 100 }
		},
		{
			figure: 'Quiz : dont JS chargé au clic (gzip)',
			value: kb(median((s) => s.quizJsGzip)),
			unit: 'KB'
		},
		{
			figure: 'Quiz : fichiers JS découverts après l’arrivée d’un autre (seconde vague)',
			value: median((s) => s.lateFiles),
			unit: 'fichiers',
			budget: { max: 0 }
		}
	] satisfies BenchRow[];
};

export default quizStart;
