// Where each fact of the address helper comes from. Written from shared/facts/academies.md and
// docs/facts/adresse-academique.md (their sources and status); the page lists them all, and every
// output links to the one it rests on.

/** V: an official page of that académie or the ministry · U: a union, DSDEN or old official document · C: public code or configuration only · I: inferred. */
export type FactStatus = 'V' | 'U' | 'C' | 'I';

/** One source the helper relies on. */
export interface FactSource {
	id: string;
	/** What the source is, in French, for the list of sources. */
	label: string;
	status: FactStatus;
	/** The name a link to it shows: « Académie de Paris », « la vidéo du module ». */
	short: string;
	/** The page, when one was read; otherwise the label says why there is none. */
	url?: string;
	/** A module of this site (its slug), for a source that is one of our videos. */
	module?: string;
}

/** Every source, by id: the page lists them in this order. */
export const SOURCES = {
	video: {
		id: 'video',
		short: 'la vidéo du module',
		label:
			'La vidéo « Se connecter à sa messagerie académique » (Réseau Canopé, Pix) : format prénom.nom, identifiant, chiffre des homonymes, webmail « généralement » en webmail.ac-….fr',
		status: 'U',
		module: 'messagerie-academique'
	},
	paris: {
		id: 'paris',
		short: 'Académie de Paris',
		label:
			'Académie de Paris, « La messagerie académique… c’est automatique ! » : adresse de la forme prenom.nom@ac-paris.fr',
		status: 'V',
		url: 'https://ac-paris.fr/article/la-messagerie-academique-c-est-automatique-122497'
	},
	creteil: {
		id: 'creteil',
		short: 'Académie de Créteil',
		label:
			'Académie de Créteil, wiki de sa DSI (Cecoia) : adresse prénom.nom@ac-creteil.fr, identifiant jdupont, jdupont1 en cas d’homonymie (y compris pour Jean-Pierre Dupont), jean.martin1@…, webmel',
		status: 'V',
		url: 'https://cecoiawiki.ac-creteil.fr/wiki/index.php?direction=next&oldid=9300&title=DSI%3AMessagerie'
	},
	toulouse: {
		id: 'toulouse',
		short: 'Académie de Toulouse',
		label:
			'Académie de Toulouse : identifiant fdurand, fdurand1, fdurand2 ; exceptions à prénom.nom pour les homonymes, prénoms composés et noms d’usage ; libre-service Ma-Mamia (page relevée par l’équipe, adresse non conservée)',
		status: 'V'
	},
	reunion: {
		id: 'reunion',
		short: 'Académie de La Réunion',
		label:
			'Académie de La Réunion : noms composés avec leurs traits d’union (eugene.jacob-de-cordemoy@ac-reunion.fr), nom de naissance, casse sans importance, bascule vers la messagerie nationale (page relevée par l’équipe, adresse non conservée)',
		status: 'V'
	},
	noumea: {
		id: 'noumea',
		short: 'Vice-rectorat de Nouvelle-Calédonie',
		label:
			'Vice-rectorat de Nouvelle-Calédonie : nouvelle messagerie, https://messagerie.education.gouv.fr, depuis le 12 janvier 2026',
		status: 'V',
		url: 'https://ac-noumea.nc/'
	},
	noumeaAssistance: {
		id: 'noumea-assistance',
		short: 'assistance du vice-rectorat de Nouvelle-Calédonie',
		label: 'Vice-rectorat de Nouvelle-Calédonie, site d’assistance',
		status: 'V',
		url: 'https://assistance.ac-noumea.nc/spip.php?article614'
	},
	guyane: {
		id: 'guyane',
		short: 'Académie de Guyane',
		label:
			'Académie de Guyane, « Activer et rediriger sa messagerie académique » : la page « Obtenez vos identifiants » redonne l’identifiant ; seul le gestionnaire au rectorat réinitialise le mot de passe',
		status: 'V',
		url: 'https://eps.dis.ac-guyane.fr/Activer-et-rediriger-sa-messagerie-academique.html'
	},
	bordeaux: {
		id: 'bordeaux',
		short: 'SNUipp-FSU 47',
		label:
			'SNUipp-FSU 47 (académie de Bordeaux) : courrier.ac-bordeaux.fr, prenom.nom@ac-bordeaux.fr, pierre.dupont12@…, identifiant pdupont, pdupont12',
		status: 'U',
		url: 'https://47.snuipp.fr/Messagerie-professionnelle-comment-ca-marche'
	},
	dijon: {
		id: 'dijon',
		short: 'ancien guide de Dijon',
		label:
			'Académie de Dijon, ancien guide : webmail.ac-dijon.fr ; une espace dans le nom devient un trait d’union dans l’identifiant (Marc Le Dupond → mle-dupond)',
		status: 'U'
	},
	tableV: {
		id: 'releve-v',
		short: 'relevé, page officielle',
		label: 'Relevé de l’équipe Capsules : page officielle de l’académie ou du vice-rectorat',
		status: 'V'
	},
	tableU: {
		id: 'releve-u',
		short: 'relevé, document non officiel',
		label:
			'Relevé de l’équipe Capsules : document syndical, d’une DSDEN, ou ancien document officiel',
		status: 'U'
	},
	tableC: {
		id: 'releve-c',
		short: 'relevé, configurations publiques',
		label:
			'Relevé de l’équipe Capsules : vu seulement dans du code ou des configurations publiques',
		status: 'C'
	},
	inference: {
		id: 'deduction',
		short: 'déduction, sans source',
		label: 'Déduction de l’équipe Capsules, sans source officielle : à vérifier',
		status: 'I'
	}
} as const satisfies Record<string, FactSource>;

export type SourceKey = keyof typeof SOURCES;

/** The team's survey line for a status, when a fact has no page of its own. */
export function tableSource(status: FactStatus): SourceKey {
	return status === 'V'
		? 'tableV'
		: status === 'U'
			? 'tableU'
			: status === 'C'
				? 'tableC'
				: 'inference';
}
