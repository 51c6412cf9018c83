// Why a name makes an address or a login uncertain, in French, with the status of what we know.
import type { Reason } from './guess';
import type { NameDoubt } from './names';

type Target = 'address' | 'login';

const WORDING: Readonly<
	Record<NameDoubt, Readonly<Record<Target, Omit<Reason, 'text'> & { text: string }>>>
> = {
	accents: {
		address: {
			text: 'Accents, cédilles et lettres liées (œ, æ) : probablement retirés dans l’adresse, aucune académie ne l’écrit',
			status: 'I',
			source: 'inference'
		},
		login: {
			text: 'Accents et cédilles : l’identifiant n’en a pas',
			status: 'V',
			source: 'tableV'
		}
	},
	space: {
		address: {
			text: 'Nom en plusieurs mots : l’espace devient probablement un trait d’union, comme pour l’identifiant à Dijon ; aucune règle publiée pour l’adresse',
			status: 'I',
			source: 'inference'
		},
		login: {
			text: 'Nom en plusieurs mots : à Dijon, l’espace devient un trait d’union (Marc Le Dupond → mle-dupond)',
			status: 'U',
			source: 'dijon'
		}
	},
	particle: {
		address: {
			text: 'Particule (de, du, d’, le…) : gardée ou non selon l’état civil enregistré ; aucune règle publiée',
			status: 'I',
			source: 'inference'
		},
		login: {
			text: 'Particule (de, du, d’, le…) : gardée ou non selon l’état civil enregistré ; aucune règle publiée',
			status: 'I',
			source: 'inference'
		}
	},
	apostrophe: {
		address: {
			text: 'Apostrophe : probablement retirée, ou remplacée par un trait d’union ; aucune règle publiée',
			status: 'I',
			source: 'inference'
		},
		login: {
			text: 'Apostrophe : probablement retirée ; aucune règle publiée',
			status: 'I',
			source: 'inference'
		}
	},
	'compound-first-name': {
		address: {
			text: 'Prénom composé : l’académie de Toulouse signale des exceptions, sans règle publiée ; le trait d’union est probablement gardé',
			status: 'I',
			source: 'toulouse'
		},
		login: {
			text: 'Prénom composé : à Créteil, seule la première lettre compte (Jean-Pierre Dupont → jdupont1) ; ailleurs, probablement de même',
			status: 'U',
			source: 'creteil'
		}
	},
	'dropped-characters': {
		address: {
			text: 'Caractères autres que des lettres, des espaces, des traits d’union et des apostrophes : retirés ici, à vérifier',
			status: 'I',
			source: 'inference'
		},
		login: {
			text: 'Caractères autres que des lettres, des espaces, des traits d’union et des apostrophes : retirés ici, à vérifier',
			status: 'I',
			source: 'inference'
		}
	}
};

/** The reasons a list of name doubts gives to an address or a login, each doubt once. */
export function doubtReasons(doubts: readonly NameDoubt[], target: Target): Reason[] {
	return [...new Set(doubts)].map((doubt) => WORDING[doubt][target]);
}
