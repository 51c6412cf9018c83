// One French date format for everything Capsules writes: « 2 décembre 2026 ».
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });
// A calendar date written by an author ("2026-11-28") is a day, not an instant: formatted in UTC
// so that no time zone moves it to the day before.
const longDateUtc = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const longDateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** « 28 novembre 2026 », « 1er mai 2026 », from an ISO instant or a calendar date ("2026-11-28"). */
export function frenchDate(iso: string): string {
	const date = DATE_ONLY.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
	return firstOfMonth((DATE_ONLY.test(iso) ? longDateUtc : longDate).format(date));
}

/** « 28 novembre 2026 à 18:17 », from an ISO instant, in the reader's time zone. */
export function frenchDateTime(iso: string): string {
	return firstOfMonth(longDateTime.format(new Date(iso)));
}

// French writes the first day of a month as an ordinal (« 1er mai »), which Intl does not.
function firstOfMonth(text: string): string {
	return text.replace(/^1 /, '1er ');
}
