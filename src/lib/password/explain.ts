/** Plain-French wording of guessability verdicts and figures (pure, no DOM). */
import type { Finding, GuessabilityResult } from './guessability';

/** Bits with the "≈" the UI uses: information, not a verdict; never "NaN" on screen. */
export function formatBits(bits: number): string {
	if (!Number.isFinite(bits)) return 'inconnue';
	return `≈ ${Math.floor(bits).toLocaleString('fr-FR')} bits`;
}

/** Rough French duration ("quelques heures") for a number of seconds. */
export function describeDuration(seconds: number): string {
	const minute = 60;
	const hour = 60 * minute;
	const day = 24 * hour;
	const year = 365.25 * day;
	if (seconds < 1) return 'moins d’une seconde';
	if (seconds < minute) return 'quelques secondes';
	if (seconds < hour) return 'quelques minutes';
	if (seconds < day) return 'quelques heures';
	if (seconds < 30 * day) return 'quelques jours';
	if (seconds < year) return 'quelques mois';
	if (seconds < 100 * year) return 'quelques années';
	return 'plus d’un siècle';
}

/** What each finding is, with its article, for "il contient …". */
const FINDING_WORDS: Readonly<Record<Finding, string>> = {
	'common-password': 'un mot de passe très répandu',
	'common-word': 'un mot courant',
	name: 'un prénom ou un nom courant',
	'user-input': 'un des mots que vous avez indiqués',
	'school-word': 'un mot de la vie scolaire',
	academy: 'le nom d’une académie',
	'academy-domain': 'le domaine d’une académie (ac-…)',
	city: 'le nom d’une ville',
	keyboard: 'une suite de touches du clavier',
	sequence: 'une suite logique (abc, 123…)',
	repeat: 'une répétition',
	date: 'une date',
	year: 'une année',
	digits: 'des chiffres',
	reversed: 'un mot écrit à l’envers',
	l33t: 'des substitutions prévisibles (@ pour a, 0 pour o…)'
};

/** "le nom d’une académie et une année": what the password contains, each kind once, in order. */
export function describeFindings(findings: readonly Finding[]): string {
	const phrases = [...new Set(findings)].map((finding) => FINDING_WORDS[finding]);
	if (phrases.length <= 1) return phrases.join('');
	return `${phrases.slice(0, -1).join(', ')} et ${phrases.at(-1)}`;
}

/** A guessability result is "weak" below zxcvbn's score 4 (fewer than 10^10 guesses). */
export function isEasyToGuess(result: GuessabilityResult): boolean {
	return result.score < 4;
}

/** The learner-facing guessability verdict, combined with the verdict of the rule asked for. */
export function explainGuessability(
	result: GuessabilityResult,
	ruleMet: boolean,
	rule = 'la règle de la CNIL'
): string {
	const made = describeFindings(result.findings);
	const why = made ? ` : il contient ${made}` : '';
	// The rule is always checked on the whole password; only the estimate is capped.
	const tail = result.truncated ? ' (estimation faite sur ses 64 premiers caractères)' : '';
	if (isEasyToGuess(result)) {
		const when = describeDuration(result.seconds);
		return ruleMet
			? `Respecte ${rule}, mais se devine en ${when}${tail}${why}.`
			: `Ne respecte pas ${rule} et se devine en ${when}${tail}${why}.`;
	}
	return ruleMet
		? `Respecte ${rule} et résiste aux essais courants${tail}.`
		: `Difficile à deviner${tail}, mais ne respecte pas encore ${rule}.`;
}
