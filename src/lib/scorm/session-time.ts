const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Longest span CMITimespan can say: 9999 hours, 59 minutes, 59.99 seconds. */
const MAX_CENTISECONDS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

/**
 * A duration in SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (RTE 3.4.2): hundredths of a second,
 * rounded down; negative or non-finite spans count as zero, spans past 9999 hours are capped.
 */
export function scormTimespan(milliseconds: number): string {
	const safe = Number.isFinite(milliseconds) ? Math.max(0, milliseconds) : 0;
	const total = Math.min(Math.floor(safe / 10), MAX_CENTISECONDS);
	const hundredths = total % 100;
	const seconds = Math.floor(total / 100) % 60;
	const minutes = Math.floor(total / 6000) % 60;
	const hours = Math.floor(total / 360000);
	return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(hundredths, 2)}`;
}

/** A time of day in SCORM 1.2's CMITime, `HH:MM:SS` (local time, as the learner lived it). */
export function scormTimeOfDay(date: Date): string {
	return `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
}
