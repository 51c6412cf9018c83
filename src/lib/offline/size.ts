const NBSP = '\u00a0';
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** A download size the French way: « 850 Ko », « 1,2 Mo », « 23 Mo » (no-break space before the unit). */
export function formatSize(bytes: number): string {
	const kilo = bytes / 1000;
	if (kilo < 1000) return `${whole.format(Math.max(1, Math.round(kilo)))}${NBSP}Ko`;
	const mega = kilo / 1000;
	return `${(mega < 10 ? oneDecimal : whole).format(mega)}${NBSP}Mo`;
}
