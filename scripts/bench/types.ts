/** One figure printed by `npm run bench`. */
export interface BenchRow {
	/** What was measured, in plain words (e.g. "Rule check, 64 characters, p99"). */
	figure: string;
	value: number;
	/** ms, KB, bytes, score… */
	unit: string;
	/** When set, the row prints PASS if value ≤ max (or ≥ min), FAIL otherwise. */
	budget?: { max?: number; min?: number };
}

/** Options every bench section receives. */
export interface BenchOptions {
	/** Smaller, faster run for CI smoke tests (`npm run bench -- --quick`). */
	quick: boolean;
	/** Absolute path of the built site (`build/`), built before the sections run. */
	buildDir: string;
}

/** A bench section: `scripts/bench/<feature>.ts` default-exports one. */
export type BenchSection = (options: BenchOptions) => Promise<BenchRow[]>;

/** Median and percentile of a list of samples (ms). */
export function percentile(samples: number[], p: number): number {
	const sorted = [...samples].sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return sorted[Math.max(0, index)]!;
}
