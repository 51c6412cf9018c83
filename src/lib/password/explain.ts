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

/** Noun phrase for each finding: bare (first position) and with its article (after "suivi de"). */
const FINDING_WORDS: Readonly<Record<Finding, { bare: string; withArticle: string }>> = {
	'common-password': {
		bare: 'mot de passe très répandu',
		withArticle: 'un mot de passe très répandu'
	},
	'common-word': { bare: 'mot courant', withArticle: 'un mot courant' },
	name: { bare: 'prénom ou nom de famille courant', withArticle: 'un prénom ou un nom courant' },
	'user-input': {
		bare: 'mot lié à l’Éducation nationale, à votre académie ou à vous',
		withArticle: 'un mot lié à l’Éducation nationale, à votre académie ou à vous'
	},
	l33t: {
		bare: 'substitutions prévisibles (@ pour a, 1 pour i…)',
		withArticle: 'substitutions prévisibles (@ pour a, 1 pour i…)'
	},
	reversed: { bare: 'mot écrit à l’envers', withArticle: 'un mot écrit à l’envers' },
	keyboard: { bare: 'suite de touches du clavier', withArticle: 'une suite de touches du clavier' },
	sequence: { bare: 'suite logique (abc, 123…)', withArticle: 'une suite logique (abc, 123…)' },
	repeat: { bare: 'répétition', withArticle: 'une répétition' },
	date: { bare: 'date', withArticle: 'une date' },
	year: { bare: 'année', withArticle: 'une année' },
	digits: { bare: 'suite de chiffres', withArticle: 'chiffres' }
};

/** "de" with elision: "d’une année", "de chiffres". */
function de(phrase: string): string {
	if (phrase.startsWith('substitutions')) return `de ${phrase}`;
	return /^[aeiouyhéè]/i.test(phrase) ? `d’${phrase}` : `de ${phrase}`;
}

/** "mot courant suivi d’une année": what the password is made of, from zxcvbn's findings. */
export function describeFindings(findings: readonly Finding[]): string {
	const main = findings.filter((f) => f !== 'l33t' && f !== 'reversed');
	const modifiers: string[] = [];
	if (findings.includes('l33t')) modifiers.push('avec des substitutions prévisibles (@ pour a…)');
	if (findings.includes('reversed')) modifiers.push('écrit à l’envers');
	if (main.length === 0) return modifiers.join(', ');
	const [first, ...rest] = main as [Finding, ...Finding[]];
	let text = FINDING_WORDS[first].bare;
	if (rest.length > 0) {
		const followers = rest.map((f) => de(FINDING_WORDS[f].withArticle));
		const last = followers.pop();
		text += ` suivi ${followers.length ? `${followers.join(', ')} et ${last}` : last}`;
	}
	return modifiers.length ? `${text} (${modifiers.join(', ')})` : text;
}

/** A guessability result is "weak" below zxcvbn's score 4 (fewer than 10^10 guesses). */
export function isEasyToGuess(result: GuessabilityResult): boolean {
	return result.score < 4;
}

/** The learner-facing guessability verdict, combined with the rule verdict. */
export function explainGuessability(result: GuessabilityResult, ruleMet: boolean): string {
	const made = describeFindings(result.findings);
	const why = made ? ` : ${made}` : '';
	if (isEasyToGuess(result)) {
		const when = describeDuration(result.seconds);
		return ruleMet
			? `Respecte la règle de la CNIL, mais se devine en ${when}${why}.`
			: `Ne respecte pas la règle de la CNIL et se devine en ${when}${why}.`;
	}
	const tail = result.truncated ? ' (estimation faite sur ses 64 premiers caractères)' : '';
	return ruleMet
		? `Respecte la règle de la CNIL et résiste aux essais courants${tail}.`
		: `Difficile à deviner${tail}, mais ne respecte pas encore la règle de la CNIL.`;
}
