/** JSON with object keys sorted at every level, so that equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	// Plain loops and string appends: this runs on every quiz of the site at each build.
	let out: string;
	if (Array.isArray(value)) {
		out = '[';
		for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
		return `${out}]`;
	}
	const record = value as Record<string, unknown>;
	out = '{';
	// The default sort compares UTF-16 code units, as `<` does.
	for (const key of Object.keys(record).sort()) {
		const item = record[key];
		if (item === undefined) continue;
		out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(item)}`;
	}
	return `${out}}`;
}

/**
 * 64-bit FNV-1a of the UTF-8 bytes of a text, as 16 hex digits (pure JS: browser and Node).
 * Computed on four 16-bit limbs with plain numbers: BigInt arithmetic per byte made hashing
 * a thousand quizzes take a noticeable part of `content:check`.
 */
export function fnv1a64(text: string): string {
	// Offset basis 0xcbf29ce484222325, lowest limb first.
	let v0 = 0x2325;
	let v1 = 0x8422;
	let v2 = 0x9ce4;
	let v3 = 0xcbf2;
	const bytes = new TextEncoder().encode(text);
	for (let i = 0; i < bytes.length; i++) {
		v0 ^= bytes[i]!;
		// × prime 0x100000001b3 = × 0x1b3 + (× 2^40, i.e. two limbs and 8 bits up).
		const t0 = v0 * 0x1b3;
		let t1 = v1 * 0x1b3;
		let t2 = v2 * 0x1b3 + (v0 << 8);
		let t3 = v3 * 0x1b3 + (v1 << 8);
		t1 += t0 >>> 16;
		t2 += t1 >>> 16;
		t3 += t2 >>> 16;
		v0 = t0 & 0xffff;
		v1 = t1 & 0xffff;
		v2 = t2 & 0xffff;
		v3 = t3 & 0xffff;
	}
	return [v3, v2, v1, v0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}

/** Stable content hash of any JSON-like value. */
export function contentHash(value: unknown): string {
	return fnv1a64(canonicalJson(value));
}
