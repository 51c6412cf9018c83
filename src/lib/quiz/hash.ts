/** JSON with object keys sorted at every level, so that equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([, item]) => item !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

const FNV64_OFFSET = 0xcbf29ce484222325n;
const FNV64_PRIME = 0x100000001b3n;

/** 64-bit FNV-1a of the UTF-8 bytes of a text, as 16 hex digits (pure JS: browser and Node). */
export function fnv1a64(text: string): string {
	let hash = FNV64_OFFSET;
	for (const byte of new TextEncoder().encode(text)) {
		hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * FNV64_PRIME);
	}
	return hash.toString(16).padStart(16, '0');
}

/** Stable content hash of any JSON-like value. */
export function contentHash(value: unknown): string {
	return fnv1a64(canonicalJson(value));
}
