// The one text normaliser of Capsules: the quiz's text answers (Pix tolerances) and the address
// helper's names fold text the same way, so « Cœur », « COEUR » and « cœur » mean one thing everywhere.

// Every space-like character a phone keyboard or a copy-paste can produce (NBSP, narrow NBSP, figure space…).
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const COMBINING_MARKS = /\p{M}/gu;

// Letters that Unicode does not decompose into a base letter and a mark: ligatures and stroked
// letters. The same list as lodash's `deburr`, which Pix applies, for the letters French names use.
const LIGATURES: Readonly<Record<string, string>> = {
	œ: 'oe',
	Œ: 'OE',
	æ: 'ae',
	Æ: 'AE',
	ß: 'ss',
	ø: 'o',
	Ø: 'O',
	ł: 'l',
	Ł: 'L',
	đ: 'd',
	Đ: 'D',
	ð: 'd',
	Ð: 'D',
	þ: 'th',
	Þ: 'TH',
	ı: 'i'
};
const LIGATURE = new RegExp(`[${Object.keys(LIGATURES).join('')}]`, 'g');

/** Always applied: NFC, space-like characters as plain spaces, no surrounding spaces. */
export function baseNormalize(text: string): string {
	return text.normalize('NFC').replace(SPACE_LIKE, ' ').trim();
}

/** Drops accents and cedillas and spells ligatures out (é → e, ç → c, œ → oe, æ → ae); keeps case. */
export function foldAccents(text: string): string {
	return text
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.replace(LIGATURE, (letter) => LIGATURES[letter] ?? letter)
		.normalize('NFC');
}

/** Lower case without accents, cedillas or ligatures: « Jean-Éric Lœuillet » → « jean-eric loeuillet ». */
export function foldText(text: string): string {
	// Lower case after folding: « İ » lowercases to « i̇ » (with a dot mark) that folding then removes.
	return foldAccents(baseNormalize(text))
		.toLowerCase()
		.normalize('NFD')
		.replace(COMBINING_MARKS, '');
}
