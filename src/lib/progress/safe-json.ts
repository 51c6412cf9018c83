/** Keys that could reach an object's prototype if the parsed data were ever merged naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
	'__proto__',
	'constructor',
	'prototype'
]);

/** Outcome of `parseJsonSafely`. */
export type SafeJsonResult =
	| { ok: true; value: unknown }
	| { ok: false; reason: 'syntax'; detail: string }
	| { ok: false; reason: 'forbidden-key'; key: string };

/**
 * JSON.parse that refuses any `__proto__`, `constructor` or `prototype` key, at any depth.
 * JSON.parse itself never pollutes a prototype, but such keys only appear in crafted files,
 * and refusing them keeps every later spread or merge safe.
 */
export function parseJsonSafely(text: string): SafeJsonResult {
	let forbidden: string | undefined;
	let value: unknown;
	try {
		value = JSON.parse(text, function (key, current: unknown) {
			if (forbidden === undefined && FORBIDDEN_KEYS.has(key)) forbidden = key;
			return current;
		});
	} catch (error) {
		return { ok: false, reason: 'syntax', detail: error instanceof Error ? error.message : '' };
	}
	if (forbidden !== undefined) return { ok: false, reason: 'forbidden-key', key: forbidden };
	return { ok: true, value };
}
