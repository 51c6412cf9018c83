// The helper's answer for one person: probable address and login, entry point, national
// messagerie and assistance, each with its reasons, their status and their source. Pure: the page
// computes it as the learner types, and nothing is sent or stored.
import type { Academy, Fact } from './academies';
import { doubtReasons } from './doubts';
import { firstNameForms, surnameForms } from './names';
import type { FactStatus, SourceKey } from './sources';

/** One reason behind an output, with its status and where it comes from. */
export interface Reason {
	text: string;
	status: FactStatus;
	source: SourceKey;
}

/** One output of the helper: a value, other plausible values, and why. */
export interface Output {
	value: string;
	variants: string[];
	/** The weakest status among the reasons: the output is no surer than its least sure part. */
	status: FactStatus;
	reasons: Reason[];
}

/** Everything the page shows for one person in one académie. */
export interface AddressGuess {
	address: Output;
	login: Output;
	/** The same with the digit an académie adds for a namesake, and how sure that rule is there. */
	homonyms: { address: string; login: string; status: FactStatus };
	entry: Output;
	national: Reason;
	assistance: Reason[];
}

/** The learner's input. */
export interface PersonInput {
	firstName: string;
	surname: string;
	academy: Academy;
}

/** Académies whose own pages give the homonym's digit (jean.martin1, jdupont1; fdurand1). */
const HOMONYM_RULE_CONFIRMED = new Set(['creteil', 'toulouse']);

const RANK: Readonly<Record<FactStatus, number>> = { V: 3, U: 2, C: 1, I: 0 };

/** The weakest of some statuses (V when there are none). */
export function weakest(statuses: readonly FactStatus[]): FactStatus {
	return statuses.reduce<FactStatus>((low, s) => (RANK[s] < RANK[low] ? s : low), 'V');
}

function output(value: string, variants: string[], reasons: Reason[]): Output {
	return { value, variants, status: weakest(reasons.map((r) => r.status)), reasons };
}

function fromFact(fact: Fact<unknown>, text: string): Reason {
	return {
		text: fact.caveat ? `${text} (${fact.caveat})` : text,
		status: fact.status,
		source: fact.source
	};
}

/** All combinations of two lists, in order, at most `limit`, without `main`. */
function combine(
	left: string[],
	right: string[],
	join: (a: string, b: string) => string,
	main: string,
	limit = 8
): string[] {
	const all = left.flatMap((a) => right.map((b) => join(a, b)));
	return [...new Set(all)].filter((value) => value !== main).slice(0, limit);
}

/** The probable address, login and where to use them; undefined until both names hold a letter. */
export function guessAddress({
	firstName,
	surname,
	academy
}: PersonInput): AddressGuess | undefined {
	const first = firstNameForms(firstName);
	const last = surnameForms(surname);
	if (first.main === '' || last.main === '') return undefined;
	const domain = academy.domain.value;

	const addressValue = `${first.main}.${last.main}@${domain}`;
	const addressFormat: Reason = academy.addressRule
		? fromFact(
				academy.addressRule,
				`Format confirmé pour cette académie : ${academy.addressRule.value}`
			)
		: {
				text: 'Format général donné par la vidéo, prénom.nom@ac-académie.fr : cette académie ne le confirme pas dans nos sources',
				status: 'U',
				source: 'video'
			};
	const address = output(
		addressValue,
		combine(
			[first.main, ...first.variants],
			[last.main, ...last.variants],
			(a, b) => `${a}.${b}@${domain}`,
			addressValue
		),
		[
			addressFormat,
			fromFact(academy.domain, `Domaine ${domain}`),
			...doubtReasons([...first.doubts, ...last.doubts], 'address')
		]
	);
	if (academy.otherDomains) {
		address.variants.push(
			...academy.otherDomains.map((other) => `${first.main}.${last.main}@${other}`)
		);
	}

	const loginValue = `${first.initials[0]}${last.main}`;
	const loginFormat: Reason = academy.loginRule
		? fromFact(
				academy.loginRule,
				`Format confirmé pour cette académie : ${academy.loginRule.value}`
			)
		: {
				text: 'Format général donné par la vidéo : première lettre du prénom suivie du nom, en minuscules',
				status: 'U',
				source: 'video'
			};
	const login = output(
		loginValue,
		combine(first.initials, [last.main, ...last.variants], (a, b) => `${a}${b}`, loginValue),
		[loginFormat, ...doubtReasons([...first.doubts, ...last.doubts], 'login')]
	);

	return {
		address,
		login,
		homonyms: {
			address: `${first.main}.${last.main}1@${domain}`,
			login: `${loginValue}1`,
			// Créteil and Toulouse say so on their own pages (V); elsewhere the video and Bordeaux (U).
			status: HOMONYM_RULE_CONFIRMED.has(academy.id) ? 'V' : 'U'
		},
		entry: entryOutput(academy),
		national: nationalReason(academy),
		assistance: assistanceReasons(academy)
	};
}

function entryOutput(academy: Academy): Output {
	if (academy.entry) {
		const { url, caveat } = academy.entry.value;
		const text = caveat
			? `Accès relevé pour cette académie : ${caveat}`
			: 'Accès relevé pour cette académie';
		return output(url, [], [fromFact(academy.entry, text)]);
	}
	const guess = `https://webmail.${academy.domain.value}`;
	return output(
		guess,
		[],
		[
			{
				text: 'Aucune adresse de webmail relevée pour cette académie : celle-ci suit seulement le schéma « généralement » employé selon la vidéo',
				status: 'I',
				source: 'inference'
			}
		]
	);
}

function nationalReason(academy: Academy): Reason {
	if (academy.national) {
		return fromFact(
			academy.national,
			'La messagerie nationale https://messagerie.education.gouv.fr est en place : on y choisit son académie, puis on se connecte probablement avec ses identifiants habituels ; l’adresse garde son domaine'
		);
	}
	return {
		text: 'Le ministère déploie une messagerie nationale (https://messagerie.education.gouv.fr) ; nos sources ne la documentent pas encore pour cette académie',
		status: 'I',
		source: 'inference'
	};
}

function assistanceReasons(academy: Academy): Reason[] {
	const own = academy.assistance
		? [fromFact(academy.assistance, academy.assistance.value.text)]
		: [];
	return [
		...own,
		{
			text: 'En cas de doute sur votre adresse ou votre identifiant, contactez la plateforme d’assistance informatique de votre académie, que l’on trouve sur son site',
			status: 'U',
			source: 'video'
		},
		{
			text: 'NUMEN perdu : le secrétariat ou l’intendance de votre établissement (second degré), votre gestionnaire au rectorat, ou la DSDEN',
			status: 'V',
			source: 'creteil'
		}
	];
}
