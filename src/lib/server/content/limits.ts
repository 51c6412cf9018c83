// Sizes an author's file and a module page may not exceed. A 10-minute video's transcription is
// about 10 Ko and the largest shipped quiz under 30 Ko: these limits leave ample room, and keep a
// copy-paste accident or a YAML alias bomb out of the pages and the offline precache.

/** The largest author file (module, extras or quiz), in bytes; also the largest a YAML file may grow to once its aliases are expanded. */
export const MAX_FILE_BYTES = 256 * 1024;

/** The most text a module page may carry (transcription, sections, notes and quiz, rendered), in characters. */
export const MAX_MODULE_PAGE_CHARS = 1024 * 1024;

/** A size in French units: « 256 Ko », « 30,5 Mo ». */
export function frenchSize(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} Ko`;
	return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} Mo`;
}

/**
 * Characters of text in a parsed value (strings, keys, one per other node), counted up to `limit`
 * and no further: a YAML alias bomb is measured without walking its billions of nodes.
 */
export function textSize(value: unknown, limit = Number.POSITIVE_INFINITY): number {
	let total = 0;
	const stack: unknown[] = [value];
	while (stack.length > 0 && total <= limit) {
		const current = stack.pop();
		if (typeof current === 'string') total += current.length;
		else if (Array.isArray(current)) {
			total += 1;
			for (const item of current) stack.push(item);
		} else if (current !== null && typeof current === 'object') {
			total += 1;
			for (const [key, item] of Object.entries(current)) {
				total += key.length;
				stack.push(item);
			}
		} else total += 1;
	}
	return total;
}
