// The quiz starts in one wave: on a module page loaded on a throttled phone (slow 4G and a CPU
// slowed 4×, through the DevTools protocol), the time from the click on « Commencer » to the first
// question, the JavaScript the page and the first question needed (every file that had arrived
// when the question appeared), how many of those were discovered only once another had arrived (a
// second wave), and what loaded behind the question (the store, for the first save).
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
	/** Arrived after the click and before the first question showed. */
	quizJsGzip: number;
	/** Arrived once the first question showed (not waited for). */
	behindJsGzip: number;
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
		const questionAt = performance.now();
		const clickToQuestionMs = questionAt - clickedAt;
		await page.waitForLoadState('networkidle');

		const all = await Promise.all(
			files.map(async (file) => ({ ...file, endAt: await file.end, size: await file.gzip }))
		);
		const quizFiles = all.filter((file) => file.quiz && file.endAt <= questionAt);
		const firstArrival = Math.min(...quizFiles.map((file) => file.endAt));
		const lateFiles = quizFiles.filter((file) => file.start > firstArrival).length;
		const sum = (list: typeof all) => list.reduce((total, file) => total + file.size, 0);
		await context.close();
		return {
			clickToQuestionMs,
			pageJsGzip: sum(all.filter((file) => !file.quiz)),
			quizJsGzip: sum(quizFiles),
			behindJsGzip: sum(all.filter((file) => file.quiz && file.endAt > questionAt)),
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
			figure:
				'Quiz : JS arrivé après la première question, sans l’attendre (gzip ; l’enregistrement, à la première visite)',
			value: kb(median((s) => s.behindJsGzip)),
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
