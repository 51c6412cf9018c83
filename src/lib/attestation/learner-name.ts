/** Where the name is kept, only when the learner asks for it (this browser only). */
export const NAME_KEY = 'capsules-attestation-name';
/** Longer than any real name; longer text in storage is not trusted. */
export const MAX_NAME_LENGTH = 120;

/** A name as typed, cleaned for the page: no control characters, spaces collapsed, bounded. */
export function cleanName(value: string): string {
	return value
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, MAX_NAME_LENGTH);
}

/** The kept name, or '' when none is kept or what is stored is not a plausible name. */
export function readKeptName(storage: Pick<Storage, 'getItem'> | undefined): string {
	try {
		const raw = storage?.getItem(NAME_KEY);
		if (typeof raw !== 'string' || raw.length > MAX_NAME_LENGTH) return '';
		return cleanName(raw);
	} catch {
		return '';
	}
}

/** Keeps the name (or forgets it with `keep` false); never throws (storage may be blocked). */
export function keepName(
	storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
	name: string,
	keep: boolean
): boolean {
	try {
		const clean = cleanName(name);
		if (keep && clean) storage?.setItem(NAME_KEY, clean);
		else storage?.removeItem(NAME_KEY);
		return true;
	} catch {
		return false;
	}
}
