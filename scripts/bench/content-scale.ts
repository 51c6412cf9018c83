// How content:check and the static build grow with the number of modules, on real-sized synthetic
// modules (copies of the first module: full transcription, notes, 19 questions; synthetic.ts).
// 100 and 1,000 modules by default; `npm run bench -- --only=content-scale --5000` adds 5,000
// (about five minutes more) and the growth ratios.
import { syntheticBuild, type SyntheticBuild } from './synthetic-build';
import type { BenchRow, BenchSection } from './types';

/** Targets of issue 16, on the 2-core CI machines. */
const BUDGET = {
	checkSeconds: 6,
	buildSeconds: 60,
	buildPeakMb: 1536,
	/** Linear growth: 5,000 modules cost at most 5.5 × 1,000. */
	growth: 5.5
};

type Scale = Pick<SyntheticBuild, 'check' | 'build'>;

function rows(count: number, { check, build }: Scale): BenchRow[] {
	const at1000 = count === 1000;
	return [
		{
			figure: `content:check, ${count} modules, wall`,
			value: check.wallMs / 1000,
			unit: 's',
			budget: at1000 ? { max: BUDGET.checkSeconds } : undefined
		},
		{
			figure: `content:check, ${count} modules, CPU (user + system)`,
			value: check.cpuMs / 1000,
			unit: 's'
		},
		{ figure: `content:check, ${count} modules, peak memory`, value: check.peakMb, unit: 'MB' },
		{
			figure: `static build, ${count} modules, wall`,
			value: build.wallMs / 1000,
			unit: 's',
			budget: at1000 ? { max: BUDGET.buildSeconds } : undefined
		},
		{
			figure: `static build, ${count} modules, CPU (user + system)`,
			value: build.cpuMs / 1000,
			unit: 's'
		},
		{
			figure: `static build, ${count} modules, peak memory`,
			value: build.peakMb,
			unit: 'MB',
			budget: at1000 ? { max: BUDGET.buildPeakMb } : undefined
		},
		{ figure: `static build per module (${count})`, value: build.wallMs / count, unit: 'ms' }
	];
}

/** content:check and the static build at 100 and 1,000 (and 5,000) real-sized modules. */
const contentScale: BenchSection = async ({ quick }) => {
	const counts = quick
		? [10, 100]
		: process.argv.includes('--5000')
			? [100, 1000, 5000]
			: [100, 1000];
	const results = new Map<number, Scale>();
	const out: BenchRow[] = [];
	for (const count of counts) {
		const scale = await syntheticBuild(count);
		results.set(count, scale);
		out.push(...rows(count, scale));
	}
	const small = results.get(1000);
	const large = results.get(5000);
	if (small && large) {
		out.push(
			{
				figure: 'content:check growth, 5,000 ÷ 1,000 modules (wall)',
				value: large.check.wallMs / small.check.wallMs,
				unit: '×',
				budget: { max: BUDGET.growth }
			},
			{
				figure: 'static build growth, 5,000 ÷ 1,000 modules (wall)',
				value: large.build.wallMs / small.build.wallMs,
				unit: '×',
				budget: { max: BUDGET.growth }
			},
			{
				figure: 'content:check growth, 5,000 ÷ 1,000 modules (CPU)',
				value: large.check.cpuMs / small.check.cpuMs,
				unit: '×',
				budget: { max: BUDGET.growth }
			},
			{
				figure: 'static build growth, 5,000 ÷ 1,000 modules (CPU)',
				value: large.build.cpuMs / small.build.cpuMs,
				unit: '×',
				budget: { max: BUDGET.growth }
			},
			{
				figure: 'static build peak memory growth, 5,000 ÷ 1,000 modules',
				value: large.build.peakMb / small.build.peakMb,
				unit: '×',
				budget: { max: BUDGET.growth }
			}
		);
	}
	return out;
};

export default contentScale;
