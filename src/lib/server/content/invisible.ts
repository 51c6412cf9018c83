// Characters that show nothing, or that silently reorder the text around them: a title made of
// U+200B renders an empty heading, and an accepted answer holding one can never be typed.

const NAMES: Record<number, string> = {
	0x00ad: 'trait d’union conditionnel',
	0x061c: 'marque de lettre arabe',
	0x180e: 'séparateur de voyelles mongol',
	0x200b: 'espace sans chasse',
	0x200c: 'antiliant sans chasse',
	0x200d: 'liant sans chasse',
	0x200e: 'marque gauche-à-droite',
	0x200f: 'marque droite-à-gauche',
	0x2060: 'gluon de mots',
	0xfeff: 'espace insécable sans chasse (BOM)'
};

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/**
 * The first invisible or text-direction character in `text`, described for an author
 * (« U+200B, espace sans chasse, 4e caractère »), or undefined.
 */
export function invisibleCharacter(text: string): string | undefined {
	const match = INVISIBLE.exec(text);
	if (!match) return undefined;
	const code = match[0].codePointAt(0)!;
	const name = NAMES[code] ?? 'caractère de contrôle du sens d’écriture';
	const hex = code.toString(16).toUpperCase().padStart(4, '0');
	const position = [...text.slice(0, match.index)].length + 1;
	return `U+${hex}, ${name}, ${position === 1 ? '1er' : `${position}e`} caractère`;
}

/** The message for an invisible character found in a field. */
export function invisibleMessage(found: string): string {
	return `caractère invisible (${found}) : il vient souvent d’un copier-coller ; supprimez-le (retapez le texte autour)`;
}
