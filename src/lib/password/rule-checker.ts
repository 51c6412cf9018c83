/**
 * The CNIL rule check, exact on the whole password however long, at the cost of what changed
 * (pure, no DOM). A scan keeps a checkpoint every few thousand code units; the next password
 * resumes from the last checkpoint inside the part it shares with the previous one. So a key
 * typed after a 100,000-character paste rescans about one slice, and a paste can be scanned in
 * slices between which the page stays responsive.
 */
import {
	continueScan,
	normalizePassword,
	reportOf,
	startScan,
	type PasswordRuleReport,
	type RuleScan
} from './rules';

/** Code units scanned between two checkpoints (and two yields of `steps`). */
export const SLICE_UNITS = 2048;

/** Length of the common prefix of two strings, in UTF-16 units. */
function sharedPrefix(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	let i = 0;
	while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
	return i;
}

/** Checks successive values of one field; reuse one instance per field. */
export class RuleChecker {
	#text = '';
	#checkpoints: RuleScan[] = [startScan()];
	#run = 0;

	constructor(private readonly sliceUnits = SLICE_UNITS) {}

	/** The exact report, synchronously. */
	check(password: string): PasswordRuleReport {
		const steps = this.steps(password);
		for (;;) {
			const step = steps.next();
			if (step.done) return step.value!;
		}
	}

	/**
	 * The exact report, one slice per `next()`; done with the report. When more than one slice is
	 * left to scan, the first `next()` scans nothing and yields the units left, so that a caller
	 * can move a long scan out of the current task. Starting another run makes this one stop and
	 * return null: only the latest value's scan writes checkpoints.
	 */
	*steps(password: string): Generator<number, PasswordRuleReport | null> {
		const run = ++this.#run;
		const text = normalizePassword(password);
		// A checkpoint stays valid while the unit before it and the unit at it are unchanged.
		const shared = sharedPrefix(this.#text, text);
		while (this.#checkpoints.length > 1 && this.#checkpoints.at(-1)!.position >= shared) {
			this.#checkpoints.pop();
		}
		this.#text = text;
		let scan = this.#checkpoints.at(-1)!;
		if (text.length - scan.position > this.sliceUnits) {
			yield text.length - scan.position;
			if (run !== this.#run) return null;
		}
		while (scan.position < text.length) {
			scan = continueScan(text, scan, scan.position + this.sliceUnits);
			if (scan.position < text.length) {
				this.#checkpoints.push(scan);
				yield text.length - scan.position;
				if (run !== this.#run) return null;
			}
		}
		return reportOf(scan);
	}
}
