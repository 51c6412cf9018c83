/** Keys that could reach an object's prototype if the parsed data were ever merged naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
	'__proto__',
	'constructor',
	'prototype'
]);

/**
 * Deepest nesting of arrays and objects accepted. A progress file is 8 levels deep; a crafted one
 * 100,000 levels deep would exhaust the stack of the parser's reviver (a RangeError, not a syntax
 * error), so depth is measured before parsing.
 */
export const MAX_JSON_DEPTH = 64;

/** Outcome of `parseJsonSafely`. */
export type SafeJsonResult =
	| { ok: true; value: unknown }
	| { ok: false; reason: 'syntax'; detail: string }
	| { ok: false; reason: 'forbidden-key'; key: string }
	| { ok: false; reason: 'too-deep'; depth: number };

/**
 * True when the text opens more than `limit` arrays or objects inside one another (brackets
 * inside strings do not count). One pass, no allocation: cheap even on a 5 Mo file.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i += 1) {
		const code = text.charCodeAt(i);
		if (inString) {
			if (code === 0x5c)
				i += 1; // a backslash escapes the next character
			else if (code === 0x22) inString = false;
		} else if (code === 0x22) {
			inString = true;
		} else if (code === 0x5b || code === 0x7b) {
			depth += 1;
			if (depth > limit) return true;
		} else if (code === 0x5d || code === 0x7d) {
			depth -= 1;
		}
	}
	return false;
}

/**
 * JSON.parse that refuses any `__proto__`, `constructor` or `prototype` key, at any depth, and
 * any nesting deeper than `MAX_JSON_DEPTH`.
 * JSON.parse itself never pollutes a prototype, but such keys only appear in crafted files,
 * and refusing them keeps every later spread or merge safe.
 */
export function parseJsonSafely(text: string): SafeJsonResult {
	if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
		return { ok: false, reason: 'too-deep', depth: MAX_JSON_DEPTH };
	}
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
