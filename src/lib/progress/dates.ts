import { EARLIEST_DATE } from './limits';

const earliest = Date.parse(EARLIEST_DATE);

/** Where a date stands against the accepted range. */
export type DateCheck = 'ok' | 'invalid' | 'too-old' | 'future';

/** Checks an ISO date string: parseable, not before 2020, not after `now + skewMs`. */
export function checkDate(iso: string, now: number, skewMs: number): DateCheck {
	const time = Date.parse(iso);
	if (!Number.isFinite(time)) return 'invalid';
	if (time < earliest) return 'too-old';
	if (time > now + skewMs) return 'future';
	return 'ok';
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
