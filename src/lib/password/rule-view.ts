/**
 * How the CNIL verdicts are presented (pure, no DOM). The CNIL gives three examples and any one
 * of them is enough: when a password meets one, the criteria of the others are alternatives,
 * never failures. A field can also ask for one example only (the quiz asks for the video's rule).
 */
import { plural, quantity } from '../french';
import type { CriterionId, PasswordRuleReport, VerdictId } from './rules';

/** Checklist labels for CNIL example 1, in display order. */
export const CRITERION_LABELS: Readonly<Record<CriterionId, string>> = {
	'length-12': '12 caractères',
	lowercase: 'une minuscule',
	uppercase: 'une majuscule',
	digit: 'un chiffre',
	special: 'un caractère spécial'
};

/** Display order of the checklist. */
export const CRITERIA: readonly CriterionId[] = [
	'length-12',
	'lowercase',
	'uppercase',
	'digit',
	'special'
];

/** One CNIL example as the UI names it. */
export interface VerdictText {
	id: VerdictId;
	/** "1", "2", "3": the CNIL's numbering. */
	number: string;
	title: string;
	/** What it asks, in a few words, for sentences. */
	short: string;
	explanation: string;
}

/** Titles and explanations of the three CNIL examples, in display order. */
export const VERDICTS: readonly VerdictText[] = [
	{
		id: 'cnil-12-4',
		number: '1',
		title: '12 caractères avec majuscule, minuscule, chiffre et caractère spécial',
		short: '12 caractères de 4 types',
		explanation:
			'La règle présentée dans la vidéo (exemple 1 de la CNIL) : au moins 12 caractères mêlant les quatre types.'
	},
	{
		id: 'cnil-14-3',
		number: '2',
		title: '14 caractères avec majuscule, minuscule et chiffre',
		short: '14 caractères avec majuscule, minuscule et chiffre',
		explanation:
			'Exemple 2 de la CNIL : au moins 14 caractères, sans caractère spécial obligatoire.'
	},
	{
		id: 'cnil-passphrase',
		number: '3',
		title: 'Phrase de passe d’au moins 7 mots',
		short: 'phrase de passe d’au moins 7 mots',
		explanation:
			'Exemple 3 de la CNIL : au moins 7 mots, séparés par des espaces, des tirets ou d’autres signes. Pour être solide, les mots doivent être tirés au hasard.'
	}
];

/** What a field asks for: any of the three examples (the checker) or exactly one (the quiz). */
export type RuleRequirement = 'any' | VerdictId;

/** A criterion or example: met, still missing, or not needed because another example is met. */
export type RuleState = 'met' | 'missing' | 'alternative';

/** Marks shown beside each state (the state is always written in words too). */
export const STATE_MARKS: Readonly<Record<RuleState, string>> = {
	met: '✓',
	missing: '✗',
	alternative: '–'
};

/** True when the password meets what the field asks for. */
export function isRuleMet(report: PasswordRuleReport, requirement: RuleRequirement): boolean {
	return requirement === 'any' ? report.compliant : report.verdicts[requirement];
}

/** The examples the password meets, in display order. */
export function metVerdicts(report: PasswordRuleReport): VerdictText[] {
	return VERDICTS.filter((verdict) => report.verdicts[verdict.id]);
}

/** State of one example-1 criterion: when the rule is met another way, unmet ones are optional. */
export function criterionState(
	report: PasswordRuleReport,
	id: CriterionId,
	requirement: RuleRequirement
): RuleState {
	if (report.criteria[id]) return 'met';
	return isRuleMet(report, requirement) ? 'alternative' : 'missing';
}

/** State of one of the three examples, for the page that lists them all. */
export function verdictState(report: PasswordRuleReport, id: VerdictId): RuleState {
	if (report.verdicts[id]) return 'met';
	return report.compliant ? 'alternative' : 'missing';
}

/** "respecté" / "non respecté" / "pas nécessaire ici": each state is written in words. */
export function stateWord(state: RuleState | boolean): string {
	if (state === true || state === 'met') return 'respecté';
	if (state === 'alternative') return 'pas nécessaire ici';
	return 'non respecté';
}

/** "l’exemple 3 (phrase de passe d’au moins 7 mots)" or "les exemples 1 et 2". */
function examplesPhrase(met: readonly VerdictText[]): string {
	if (met.length === 1) return `l’exemple ${met[0]!.number} (${met[0]!.short})`;
	const numbers = met.map((verdict) => verdict.number);
	return `les exemples ${numbers.slice(0, -1).join(', ')} et ${numbers.at(-1)}`;
}

/** The one sentence that says whether the rule is met, and by which example. */
export function complianceSentence(
	report: PasswordRuleReport,
	requirement: RuleRequirement
): string {
	if (report.length === 0) return '';
	if (requirement !== 'any') {
		const wanted = VERDICTS.find((verdict) => verdict.id === requirement)!;
		return report.verdicts[requirement]
			? `Règle demandée (${wanted.short}) : respectée.`
			: `Règle demandée (${wanted.short}) : pas encore respectée.`;
	}
	const met = metVerdicts(report);
	if (met.length === 0) {
		return 'Règle de la CNIL : pas encore respectée. Un seul des trois exemples suffit.';
	}
	return `Règle de la CNIL respectée par ${examplesPhrase(met)}.`;
}

/** Sentence for the live summary of the checklist. */
export function summarizeRules(
	report: PasswordRuleReport,
	requirement: RuleRequirement = 'any'
): string {
	if (report.length === 0) return '';
	if (report.verdicts['cnil-12-4']) return 'Les 5 critères de la règle CNIL sont respectés.';
	if (isRuleMet(report, requirement)) return complianceSentence(report, requirement);
	const missing = CRITERIA.filter((id) => !report.criteria[id]).map((id) =>
		id === 'length-12' ? `12 caractères (${report.length} pour l’instant)` : CRITERION_LABELS[id]
	);
	const met = CRITERIA.length - missing.length;
	return `${quantity(met, 'critère')} sur 5 ${plural(met, 'respecté')}. Il manque : ${missing.join(', ')}.`;
}
