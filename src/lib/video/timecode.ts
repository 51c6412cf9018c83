// Times as authors write them ("1:42", "1:02:03") and as the page shows them.

const TIMECODE = /^(?:(\d+):([0-5]\d)|(\d+):([0-5]\d):([0-5]\d))$/;

/** Seconds from "m:ss" or "h:mm:ss"; undefined when the text is not such a time. */
export function parseTimecode(text: string): number | undefined {
	const match = TIMECODE.exec(text.trim());
	if (!match) return undefined;
	if (match[1] !== undefined) return Number(match[1]) * 60 + Number(match[2]);
	return Number(match[3]) * 3600 + Number(match[4]) * 60 + Number(match[5]);
}

/** "1:42", "12:05", "1:02:03": whole seconds, rounded down. */
export function formatTimecode(seconds: number): string {
	const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
