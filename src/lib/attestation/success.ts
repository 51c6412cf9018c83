import type { ModuleProgress } from '$lib/progress';

/** What an attestation states about one passed module. */
export interface ModuleSuccess {
	/** End of the first passed attempt (ISO). */
	passedAt: string;
	/** Best passed attempt. */
	score: number;
	total: number;
	percent: number;
	/** Hash of the quiz version the best passed attempt was taken on. */
	version: string;
}

/**
 * The success of a module from its stored progress, or null when no attempt is passed. The best
 * passed attempt gives the score (highest ratio, then the latest) and the content version.
 */
export function moduleSuccess(progress: ModuleProgress | null | undefined): ModuleSuccess | null {
	const passed = (progress?.attempts ?? []).filter((attempt) => attempt.passed);
	if (passed.length === 0) return null;
	let best = passed[0]!;
	for (const attempt of passed.slice(1)) {
		const ratio = attempt.score * best.total - best.score * attempt.total;
		if (ratio > 0 || (ratio === 0 && Date.parse(attempt.endedAt) >= Date.parse(best.endedAt))) {
			best = attempt;
		}
	}
	const first = passed.reduce((a, b) => (Date.parse(b.endedAt) < Date.parse(a.endedAt) ? b : a));
	return {
		passedAt: first.endedAt,
		score: best.score,
		total: best.total,
		percent: Math.round((best.score / best.total) * 100),
		version: best.quizHash
	};
}
