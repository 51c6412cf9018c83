// What a snapshot handed to `onSnapshot` means for keeping it, without the schemas of snapshot.ts:
// the quiz's first load carries no validation code.

// The machine's states that are no attempt under way: before "Commencer" and after the results.
const IDLE_STATES: ReadonlySet<string> = new Set(['intro', 'results']);

/**
 * Whether a snapshot handed to `onSnapshot` is an attempt under way, worth keeping: neither the
 * intro nor the results. Anything unrecognised counts as under way, so that nothing is dropped.
 */
export function isAttemptUnderWay(snapshot: unknown): boolean {
	if (snapshot === null || typeof snapshot !== 'object') return true;
	const value = (snapshot as { value?: unknown }).value;
	return !(typeof value === 'string' && IDLE_STATES.has(value));
}
