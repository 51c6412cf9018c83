/** 32-bit FNV-1a of a string's UTF-16 code units: a cheap, stable way to derive per-question seeds. */
export function fnv1a32(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** Mulberry32: a tiny seeded generator of floats in [0, 1); same seed, same sequence. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A new array with the items in a seeded Fisher–Yates order; the input is left untouched. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
	const result = [...items];
	const random = seededRandom(seed);
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j]!, result[i]!];
	}
	return result;
}

/** A random 32-bit seed for a new attempt. */
export function randomSeed(): number {
	return Math.floor(Math.random() * 4294967296) >>> 0;
}

/**
 * The order in which to show a question's choices (or steps) for an attempt: each question gets
 * its own order from the attempt seed and its id. With `avoidIdentity` (ordering questions) the
 * correct order is never shown as the starting order.
 */
export function displayOrder(
	ids: readonly string[],
	seed: number,
	questionId: string,
	avoidIdentity = false
): string[] {
	const order = shuffle(ids, (seed ^ fnv1a32(questionId)) >>> 0);
	if (avoidIdentity && order.length > 1 && order.every((id, i) => id === ids[i])) {
		order.push(order.shift()!);
	}
	return order;
}
