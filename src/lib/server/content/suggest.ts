/** Folds what an author may type differently: case and accents. */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Edit distance (insertions, deletions, substitutions, swaps of two neighbours). */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [
		i,
		...Array<number>(b.length).fill(0)
	]);
	for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			}
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}

/**
 * The known name closest to what the author wrote (« objectifs » → `objectives`, « titel » →
 * `title`), through `aliases` first (French names of English fields), then by spelling; or
 * undefined when none is close enough to be a typo.
 */
export function nearestName(
	written: string,
	known: readonly string[],
	aliases: Readonly<Record<string, string>> = {}
): string | undefined {
	const folded = fold(written).replace(/[\s_-]+/g, '');
	const alias = aliases[folded];
	if (alias && known.includes(alias)) return alias;
	let best: { name: string; distance: number } | undefined;
	for (const name of known) {
		const distance = editDistance(folded, fold(name));
		if (!best || distance < best.distance) best = { name, distance };
	}
	if (!best) return undefined;
	const allowed = Math.max(
		1,
		Math.min(3, Math.floor(Math.max(folded.length, best.name.length) / 3))
	);
	return best.distance <= allowed ? best.name : undefined;
}

/** French (and near-French) names authors give the fields, and the field they mean. */
export const FIELD_ALIASES: Readonly<Record<string, string>> = {
	domaine: 'area',
	titre: 'title',
	resume: 'description',
	video: 'videoEmbedSrc',
	lienvideo: 'videoEmbedSrc',
	telechargement: 'videoDownloadHref',
	duree: 'duration',
	objectif: 'objectives',
	objectifs: 'objectives',
	soustitres: 'captionsSrc',
	ordre: 'order',
	courriel: 'contact',
	chapitres: 'chapters',
	tempsvideo: 'timecodes',
	enonce: 'prompt',
	question: 'prompt',
	choix: 'choices',
	reponse: 'answers',
	reponses: 'answers',
	retour: 'feedback',
	retours: 'feedback',
	explication: 'explanation',
	etapes: 'steps',
	citation: 'passage',
	seuil: 'passMark',
	tolerance: 'tolerances',
	etiquette: 'label',
	juste: 'correct',
	bonne: 'correct',
	resultats: 'results',
	de: 'from',
	a: 'to'
};
