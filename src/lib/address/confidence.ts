// How sure an output is, in the learner's words. The facts' rule: C and I are never shown as
// certain; only an académie's (or the ministry's) own page makes an output « confirmé ».
import type { FactStatus } from './sources';

/** The short label of a status: « confirmé par l’académie », « probable », « à vérifier ». */
export function confidenceLabel(status: FactStatus): string {
	if (status === 'V') return 'confirmé par l’académie';
	if (status === 'I') return 'à vérifier';
	return 'probable';
}

/** What a status means, for the list of sources. */
export function statusMeaning(status: FactStatus): string {
	switch (status) {
		case 'V':
			return 'page officielle de l’académie, du vice-rectorat ou du ministère';
		case 'U':
			return 'document syndical, d’une DSDEN, ancien document officiel ou vidéo de formation';
		case 'C':
			return 'vu seulement dans du code ou des configurations publiques';
		case 'I':
			return 'déduction, sans source';
	}
}
