import { EARLIEST_DATE } from './limits';

const earliest = Date.parse(EARLIEST_DATE);

/** True when an ISO date string names an instant that exists. */
export function isRealDate(iso: string): boolean {
	return Number.isFinite(Date.parse(iso));
}

/**
 * True when a date says the clock that wrote it was wrong: before Capsules existed (2020), or
 * later than `now + skewMs`. Such a date is kept as it is, and only mentioned.
 */
export function isClockOdd(iso: string, now: number, skewMs: number): boolean {
	const time = Date.parse(iso);
	return time < earliest || time > now + skewMs;
}

/** The current time as the ISO string every record uses. */
export function isoNow(now: number): string {
	return new Date(now).toISOString();
}

/** Earlier of two ISO dates (null counts as absent). */
export function earlierDate(a: string | null, b: string | null): string | null {
	if (a === null) return b;
	if (b === null) return a;
	return Date.parse(a) <= Date.parse(b) ? a : b;
}

/** Later of two ISO dates (null counts as absent). */
export function laterDate(a: string | null, b: string | null): string | null {
	if (a === null) return b;
	if (b === null) return a;
	return Date.parse(a) >= Date.parse(b) ? a : b;
}
