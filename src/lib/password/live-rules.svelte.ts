/**
 * The rule report of a field's changing value, exact on the whole value, computed in slices of at
 * most SLICE_MS: a key costs what it changed, and a 100,000-character paste never blocks the page
 * for more than a slice (`pending` is true meanwhile).
 */
import { RuleChecker } from './rule-checker';
import { checkPasswordRules, type PasswordRuleReport } from './rules';

/** Longest stretch of rule checking in one task: well under the 50 ms of a long task. */
export const SLICE_MS = 8;

/** Reactive report for one field; call `update` with each new value. */
export class LiveRules {
	report = $state<PasswordRuleReport>(checkPasswordRules(''));
	/** True while a long value is still being checked (the report is the previous one). */
	pending = $state(false);
	#checker = new RuleChecker();
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(initial = '') {
		this.report = this.#checker.check(initial);
	}

	/**
	 * Checks `password`: now when what changed fits in one slice (a key), otherwise over the next
	 * tasks, none of them the input's own (a paste already costs Chromium tens of ms there).
	 */
	update(password: string): void {
		clearTimeout(this.#timer);
		const steps = this.#checker.steps(password);
		const first = steps.next();
		if (first.done) {
			if (first.value) this.report = first.value;
			this.pending = false;
			return;
		}
		const pump = () => {
			const deadline = performance.now() + SLICE_MS;
			for (;;) {
				const step = steps.next();
				if (step.done) {
					if (step.value) this.report = step.value;
					this.pending = false;
					return;
				}
				if (performance.now() >= deadline) break;
			}
			this.#timer = setTimeout(pump, 0);
		};
		this.pending = true;
		this.#timer = setTimeout(pump, 0);
	}

	/** Stops a check in progress (the field is gone). */
	dispose(): void {
		clearTimeout(this.#timer);
	}
}
