// The 30 académies, the vice-rectorats and Saint-Pierre-et-Miquelon, written from the team's
// checked facts (shared/facts/academies.md, copied with its sources into
// docs/facts/adresse-academique.md). A status is the one the facts give: a row marked « domain C »
// says nothing of a webmail, so none is given here. Data, not logic: kept in one table on purpose.
import { tableSource, type FactStatus, type SourceKey } from './sources';

/** A value with how sure we are of it and where it comes from. */
export interface Fact<T> {
	value: T;
	status: FactStatus;
	source: SourceKey;
	/** A short French caveat shown with the value. */
	caveat?: string;
}

/** How the learner reaches their mail: an address to type, or a link on a site. */
export interface Entry {
	url: string;
	/** « webmail », « portail »… when it is not the usual webmail. */
	caveat?: string;
}

/** One académie or territory as the helper uses it. */
export interface Academy {
	/** Stable id for the form (« lille »). */
	id: string;
	/** Shown in the list: « Lille », « Vice-rectorat de Nouvelle-Calédonie ». */
	name: string;
	/** « de Lille », « de Nouvelle-Calédonie »: after « académie » or « vice-rectorat ». */
	kind: 'académie' | 'vice-rectorat' | 'territoire';
	domain: Fact<string>;
	/** Other domains still in use (Normandie: the former Caen and Rouen). */
	otherDomains?: string[];
	/** The webmail or entry point, when the facts name one. */
	entry?: Fact<Entry>;
	/** The national messagerie is documented there. */
	national?: Fact<true>;
	/** Where that académie itself confirms the prénom.nom address format. */
	addressRule?: Fact<string>;
	/** Where it confirms the login format (initial + nom). */
	loginRule?: Fact<string>;
	/** Its own self-service or assistance, when a source names one. */
	assistance?: Fact<{ text: string; url?: string }>;
}

/** A fact from the team's table, sourced by its status. */
function row<T>(value: T, status: FactStatus, caveat?: string): Fact<T> {
	return { value, status, source: tableSource(status), ...(caveat ? { caveat } : {}) };
}

const OLD = 'adresse relevée dans un document ancien';
const CODE_ONLY = 'adresse vue seulement dans des configurations publiques';

/** Every académie and territory, in alphabetical order, vice-rectorats last. */
export const ACADEMIES: readonly Academy[] = [
	{
		id: 'aix-marseille',
		name: 'Aix-Marseille',
		kind: 'académie',
		domain: row('ac-aix-marseille.fr', 'V'),
		entry: row({ url: 'https://messagerie.ac-aix-marseille.fr' }, 'V')
	},
	{ id: 'amiens', name: 'Amiens', kind: 'académie', domain: row('ac-amiens.fr', 'C') },
	{
		id: 'besancon',
		name: 'Besançon',
		kind: 'académie',
		domain: row('ac-besancon.fr', 'U'),
		entry: row({ url: 'https://webmail.ac-besancon.fr' }, 'U', OLD)
	},
	{
		id: 'bordeaux',
		name: 'Bordeaux',
		kind: 'académie',
		domain: { value: 'ac-bordeaux.fr', status: 'U', source: 'bordeaux' },
		entry: { value: { url: 'https://courrier.ac-bordeaux.fr' }, status: 'U', source: 'bordeaux' },
		addressRule: { value: 'prenom.nom@ac-bordeaux.fr', status: 'U', source: 'bordeaux' },
		loginRule: { value: 'pdupont, pdupont12', status: 'U', source: 'bordeaux' }
	},
	{
		id: 'clermont-ferrand',
		name: 'Clermont-Ferrand',
		kind: 'académie',
		domain: row('ac-clermont.fr', 'V', 'et non ac-clermont-ferrand.fr'),
		entry: row(
			{
				url: 'https://portail.ac-clermont.fr',
				caveat: 'portail de l’académie, qui mène au webmail'
			},
			'I',
			'le relevé ne confirme que le domaine'
		)
	},
	{ id: 'corse', name: 'Corse', kind: 'académie', domain: row('ac-corse.fr', 'C') },
	{
		id: 'creteil',
		name: 'Créteil',
		kind: 'académie',
		domain: { value: 'ac-creteil.fr', status: 'V', source: 'creteil' },
		entry: {
			value: { url: 'https://webmel.ac-creteil.fr', caveat: 'le webmail s’appelle « webmel »' },
			status: 'C',
			source: 'tableC',
			caveat: 'le nom « webmel » est confirmé par l’académie, l’adresse vue seulement dans du code'
		},
		addressRule: { value: 'prénom.nom@ac-creteil.fr', status: 'V', source: 'creteil' },
		loginRule: { value: 'jdupont, jdupont1', status: 'V', source: 'creteil' },
		assistance: {
			value: {
				text: 'Le wiki de la DSI de Créteil explique comment retrouver son identifiant et réinitialiser son mot de passe avec son NUMEN.',
				url: 'https://cecoiawiki.ac-creteil.fr/wiki/index.php?direction=next&oldid=9300&title=DSI%3AMessagerie'
			},
			status: 'V',
			source: 'creteil'
		}
	},
	{
		id: 'dijon',
		name: 'Dijon',
		kind: 'académie',
		domain: { value: 'ac-dijon.fr', status: 'U', source: 'dijon' },
		entry: { value: { url: 'https://webmail.ac-dijon.fr' }, status: 'U', source: 'dijon' },
		loginRule: { value: 'mle-dupond (Marc Le Dupond)', status: 'U', source: 'dijon' }
	},
	{
		id: 'grenoble',
		name: 'Grenoble',
		kind: 'académie',
		domain: row('ac-grenoble.fr', 'C'),
		entry: row({ url: 'https://webmail.ac-grenoble.fr' }, 'C', CODE_ONLY)
	},
	{
		id: 'guadeloupe',
		name: 'Guadeloupe',
		kind: 'académie',
		domain: row('ac-guadeloupe.fr', 'C', 'sert aussi Saint-Barthélemy et Saint-Martin')
	},
	{
		id: 'guyane',
		name: 'Guyane',
		kind: 'académie',
		domain: row('ac-guyane.fr', 'V'),
		entry: row(
			{ url: 'https://www.ac-guyane.fr', caveat: 'lien « Webmail » sur le site de l’académie' },
			'V'
		),
		assistance: {
			value: {
				text: 'La page « Obtenez vos identifiants » redonne votre identifiant (avec nom, NUMEN et date de naissance) ; elle ne réinitialise pas le mot de passe : seul votre gestionnaire au rectorat le peut.',
				url: 'https://eps.dis.ac-guyane.fr/Activer-et-rediriger-sa-messagerie-academique.html'
			},
			status: 'V',
			source: 'guyane'
		}
	},
	{
		id: 'la-reunion',
		name: 'La Réunion',
		kind: 'académie',
		domain: { value: 'ac-reunion.fr', status: 'V', source: 'reunion' },
		national: { value: true, status: 'V', source: 'reunion' },
		addressRule: {
			value: 'prenom.nom@ac-reunion.fr, nom de naissance',
			status: 'V',
			source: 'reunion'
		}
	},
	{
		id: 'lille',
		name: 'Lille',
		kind: 'académie',
		domain: row('ac-lille.fr', 'U'),
		entry: row({ url: 'https://webmail.ac-lille.fr' }, 'U')
	},
	{
		id: 'limoges',
		name: 'Limoges',
		kind: 'académie',
		domain: row('ac-limoges.fr', 'U'),
		entry: row({ url: 'https://mcc.ac-limoges.fr' }, 'U', 'page officielle ancienne')
	},
	{
		id: 'lyon',
		name: 'Lyon',
		kind: 'académie',
		domain: row('ac-lyon.fr', 'C'),
		entry: row({ url: 'https://webmail.ac-lyon.fr' }, 'C', CODE_ONLY)
	},
	{ id: 'martinique', name: 'Martinique', kind: 'académie', domain: row('ac-martinique.fr', 'C') },
	{ id: 'mayotte', name: 'Mayotte', kind: 'académie', domain: row('ac-mayotte.fr', 'C') },
	{
		id: 'montpellier',
		name: 'Montpellier',
		kind: 'académie',
		domain: row('ac-montpellier.fr', 'C'),
		entry: row({ url: 'https://webmail.ac-montpellier.fr' }, 'C', CODE_ONLY)
	},
	{ id: 'nancy-metz', name: 'Nancy-Metz', kind: 'académie', domain: row('ac-nancy-metz.fr', 'V') },
	{ id: 'nantes', name: 'Nantes', kind: 'académie', domain: row('ac-nantes.fr', 'C') },
	{ id: 'nice', name: 'Nice', kind: 'académie', domain: row('ac-nice.fr', 'C') },
	{
		id: 'normandie',
		name: 'Normandie',
		kind: 'académie',
		domain: row('ac-normandie.fr', 'C', 'anciennes académies de Caen et de Rouen'),
		otherDomains: ['ac-caen.fr', 'ac-rouen.fr'],
		entry: row({ url: 'https://webmail.ac-normandie.fr' }, 'C', CODE_ONLY)
	},
	{
		id: 'orleans-tours',
		name: 'Orléans-Tours',
		kind: 'académie',
		domain: row('ac-orleans-tours.fr', 'C')
	},
	{
		id: 'paris',
		name: 'Paris',
		kind: 'académie',
		domain: { value: 'ac-paris.fr', status: 'V', source: 'paris' },
		addressRule: { value: 'prenom.nom@ac-paris.fr', status: 'V', source: 'paris' }
	},
	{ id: 'poitiers', name: 'Poitiers', kind: 'académie', domain: row('ac-poitiers.fr', 'C') },
	{ id: 'reims', name: 'Reims', kind: 'académie', domain: row('ac-reims.fr', 'V') },
	{
		id: 'rennes',
		name: 'Rennes',
		kind: 'académie',
		domain: row('ac-rennes.fr', 'U'),
		entry: row(
			{ url: 'https://webmail.ac-rennes.fr', caveat: 'ou par le portail Toutatice' },
			'U',
			'source fragile'
		)
	},
	{ id: 'strasbourg', name: 'Strasbourg', kind: 'académie', domain: row('ac-strasbourg.fr', 'C') },
	{
		id: 'toulouse',
		name: 'Toulouse',
		kind: 'académie',
		domain: row('ac-toulouse.fr', 'C'),
		entry: row({ url: 'https://messagerie.ac-toulouse.fr' }, 'C', CODE_ONLY),
		addressRule: {
			value: 'prénom.nom, avec des exceptions (homonymes, prénoms composés, noms d’usage)',
			status: 'V',
			source: 'toulouse'
		},
		loginRule: { value: 'fdurand, fdurand1, fdurand2', status: 'V', source: 'toulouse' },
		assistance: {
			value: { text: 'Le libre-service de l’académie pour le mot de passe s’appelle Ma-Mamia.' },
			status: 'V',
			source: 'toulouse'
		}
	},
	{
		id: 'versailles',
		name: 'Versailles',
		kind: 'académie',
		domain: row('ac-versailles.fr', 'C'),
		entry: row({ url: 'https://messagerie.ac-versailles.fr' }, 'C', CODE_ONLY)
	},
	{
		id: 'nouvelle-caledonie',
		name: 'Nouvelle-Calédonie',
		kind: 'vice-rectorat',
		domain: { value: 'ac-noumea.nc', status: 'V', source: 'noumea' },
		entry: {
			value: { url: 'https://messagerie.education.gouv.fr', caveat: 'messagerie nationale' },
			status: 'V',
			source: 'noumea'
		},
		national: { value: true, status: 'V', source: 'noumea' },
		assistance: {
			value: {
				text: 'Le site d’assistance du vice-rectorat répond aux questions sur la messagerie.',
				url: 'https://assistance.ac-noumea.nc/spip.php?article614'
			},
			status: 'V',
			source: 'noumeaAssistance'
		}
	},
	{
		id: 'polynesie-francaise',
		name: 'Polynésie française',
		kind: 'vice-rectorat',
		domain: row('ac-polynesie.pf', 'V')
	},
	{
		id: 'wallis-et-futuna',
		name: 'Wallis-et-Futuna',
		kind: 'vice-rectorat',
		domain: row('ac-wf.wf', 'C')
	},
	{
		id: 'saint-pierre-et-miquelon',
		name: 'Saint-Pierre-et-Miquelon',
		kind: 'territoire',
		domain: row('ac-spm.fr', 'C', 'rattaché à l’académie de Normandie')
	}
];

/** The académie with this id, if any. */
export function academyById(id: string): Academy | undefined {
	return ACADEMIES.find((academy) => academy.id === id);
}

/** « l’académie de Lille », « le vice-rectorat de Nouvelle-Calédonie », with the right elision. */
export function academyLabel(academy: Academy): string {
	const of = /^[aeiouyéèêàâîôûh]/i.test(academy.name) ? 'd’' : 'de ';
	if (academy.kind === 'vice-rectorat') return `le vice-rectorat ${of}${academy.name}`;
	if (academy.kind === 'territoire') return `la collectivité ${of}${academy.name}`;
	return `l’académie ${of}${academy.name}`;
}
