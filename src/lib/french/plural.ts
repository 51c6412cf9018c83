// French agreement in number. French differs from English here: 0 and every quantity under 2
// take the singular (« 0 module », « 1,5 heure »), which a `count > 1` test gets right only for
// whole numbers and `count !== 1` gets wrong. Intl's French rules say the same.
const rules = new Intl.PluralRules('fr-FR');
const numbers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** The form of a word that agrees with `count`: « module » for 0 to 1.99…, « modules » from 2. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return rules.select(count) === 'one' ? singular : pluralForm;
}

/** The count written the French way followed by the agreeing word: « 1,5 heure », « 3 modules ». */
export function quantity(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${numbers.format(count)} ${plural(count, singular, pluralForm)}`;
}
