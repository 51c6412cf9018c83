/**
 * Extended grapheme clusters in linear time (no DOM). Intl.Segmenter is exact but V8's iterator is
 * quadratic on long strings and slow on plain text, so ordinary text takes a fast path and the rest
 * is segmented in chunks. Used by the CNIL rules (length in graphemes) and by the guessability cap.
 */

/**
 * Code units that always form a grapheme of their own when next to each other: Grapheme_Cluster_Break
 * = Other, not Extended_Pictographic (© and ® are left out), no soft hyphen (a control). Between two
 * of them a boundary is certain and neither side's segmentation depends on the other, so long
 * stretches of ordinary text skip Intl.Segmenter (checked exhaustively in graphemes.test.ts).
 */
const SIMPLE_RANGES: readonly (readonly [number, number])[] = [
	[0x20, 0x7e],
	[0xa0, 0xa8],
	[0xaa, 0xac],
	[0xaf, 0x2ff],
	[0x2010, 0x2027],
	[0x2030, 0x203b],
	[0x20a0, 0x20c0]
];
/** Code units handed to Intl.Segmenter at once: V8's iterator is quadratic on long strings. */
const SEGMENT_CHUNK = 512;

let segmenter: Intl.Segmenter | undefined;

/** True when the code unit at `index` always forms a grapheme of its own next to another such unit. */
export function isSimpleUnit(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code <= 0x7e) return code >= 0x20;
	for (const [low, high] of SIMPLE_RANGES) {
		if (code < low) return false;
		if (code <= high) return true;
	}
	return false;
}

/**
 * Calls `visit` with the start index of every extended grapheme cluster of `text` (no
 * normalisation), in order, in time linear in its length, without building substrings. Starts at
 * `from` (0, or a position this function returned) and stops at the first certain boundary at or
 * after `until` (two simple units on either side, see SIMPLE_RANGES), which it returns: the scan
 * can resume there, and what lies before never depends on what follows.
 */
export function forEachGraphemeStart(
	text: string,
	visit: (start: number) => void,
	from = 0,
	until = Number.POSITIVE_INFINITY
): number {
	const n = text.length;
	let i = from;
	while (i < n) {
		if (i >= until && i > 0 && isSimpleUnit(text, i - 1) && isSimpleUnit(text, i)) return i;
		const simple = isSimpleUnit(text, i);
		if (simple && (i + 1 === n || isSimpleUnit(text, i + 1))) {
			visit(i);
			i += 1;
			continue;
		}
		// A zone needing real segmentation runs up to the next pair of simple units.
		let j = i + 1;
		let previousSimple = simple;
		while (j < n) {
			const currentSimple = isSimpleUnit(text, j);
			if (previousSimple && currentSimple) break;
			previousSimple = currentSimple;
			j += 1;
		}
		segmentZone(text.slice(i, j), i, visit);
		i = j;
	}
	return n;
}

/** Segments a zone with Intl.Segmenter, in chunks so that the cost stays linear. */
function segmentZone(zone: string, offset: number, visit: (start: number) => void): void {
	segmenter ??= new Intl.Segmenter('fr', { granularity: 'grapheme' });
	let start = 0;
	let size = SEGMENT_CHUNK;
	while (start < zone.length) {
		let end = Math.min(zone.length, start + size);
		if (end === zone.length) {
			for (const s of segmenter.segment(zone.slice(start))) visit(offset + start + s.index);
			return;
		}
		// Never cut a surrogate pair.
		const unit = zone.charCodeAt(end - 1);
		if (unit >= 0xd800 && unit <= 0xdbff) end -= 1;
		// Grapheme rules look one code point ahead at most: every boundary inside the chunk is a
		// true one except possibly its end, so keep all segments but the last and resume there.
		const found: number[] = [];
		for (const s of segmenter.segment(zone.slice(start, end))) found.push(s.index);
		if (found.length <= 1) {
			size *= 2; // a single grapheme longer than the chunk (thousands of combining marks)
			continue;
		}
		const last = found.pop()!;
		for (const index of found) visit(offset + start + index);
		start += last;
		size = SEGMENT_CHUNK;
	}
}

/** Splits a string into extended grapheme clusters (no normalisation). */
export function graphemes(text: string): string[] {
	const starts: number[] = [];
	forEachGraphemeStart(text, (start) => starts.push(start));
	return starts.map((start, k) => text.slice(start, starts[k + 1] ?? text.length));
}
