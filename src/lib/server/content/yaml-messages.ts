// js-yaml speaks English; authors read French. The reasons they meet, put into French, and the
// remedy for the traps French typography sets (« : », « # », a leading « * »), with the page of the
// authors' guide that explains them.

const GUIDE = 'docs/auteurs/pieges-du-yaml.md';

const REASONS: [prefix: string, french: string][] = [
	['bad indentation of a mapping entry', 'retrait incorrect, ou « : » de trop dans un texte'],
	['bad indentation of a sequence entry', 'retrait incorrect d’un élément de liste (« - »)'],
	['unidentified alias', 'alias inconnu (un texte qui commence par « * »)'],
	['duplicated mapping key', 'champ écrit deux fois'],
	[
		'tab characters must not be used in indentation',
		'tabulation dans le retrait (seules les espaces sont permises)'
	],
	[
		'unexpected end of the stream within a double quoted scalar',
		'guillemet droit « " » jamais refermé'
	],
	[
		'unexpected end of the document within a double quoted scalar',
		'guillemet droit « " » jamais refermé'
	],
	[
		'unexpected end of the stream within a single quoted scalar',
		"apostrophe droite « ' » jamais refermée"
	],
	[
		'unexpected end of the document within a single quoted scalar',
		"apostrophe droite « ' » jamais refermée"
	],
	[
		'unexpected end of the stream within a flow collection',
		'crochet « [ » ou accolade « { » jamais refermé'
	],
	[
		'missed comma between flow collection entries',
		'virgule manquante entre deux éléments entre crochets « [ ] »'
	],
	[
		'end of the stream or a document separator is expected',
		'texte inattendu (retrait incorrect, ou texte après un guillemet fermant)'
	],
	[
		'can not read a block mapping entry',
		'champ illisible : un texte sur plusieurs lignes doit s’écrire en bloc « >- »'
	],
	['can not read an implicit mapping pair', 'deux-points manquant après le nom du champ'],
	[
		'incomplete explicit mapping pair',
		'ligne commençant par « ? » : mettez le texte entre apostrophes'
	],
	['a line break is expected', 'retour à la ligne attendu'],
	[
		'missing indentation for block scalar',
		'le texte d’un bloc « >- » ou « | » doit être en retrait'
	],
	[
		'the stream contains non-printable characters',
		'caractère de contrôle invisible dans le fichier'
	],
	['null byte is not allowed in input', 'caractère nul dans le fichier'],
	['nesting exceeded maxDepth', 'trop de niveaux imbriqués'],
	[
		'name of an alias node must contain at least one character',
		'un « * » seul : mettez le texte entre apostrophes'
	],
	[
		'name of an anchor node must contain at least one character',
		'un « & » seul : mettez le texte entre apostrophes'
	],
	[
		'unknown escape sequence',
		'barre oblique inverse « \\ » inconnue entre guillemets droits : doublez-la ou utilisez des apostrophes'
	],
	['unknown tag', 'un texte qui commence par « ! » : mettez-le entre apostrophes']
];

/** The reason js-yaml gives, in French (with the original kept when there is no translation). */
export function frenchYamlReason(reason: string): string {
	const found = REASONS.find(([prefix]) => reason.startsWith(prefix));
	return found ? found[1] : `« ${reason} » (message de la bibliothèque YAML)`;
}

/** The value part of a `key: value` or `- value` line, without its key. */
function valueOf(line: string): string | undefined {
	const match = /^\s*(?:-\s+)?(?:[^\s:'"#][^:#]*?:(?:\s+|$))?(.*)$/.exec(line);
	return match?.[1];
}

const OPENERS: [reason: RegExp, open: string, close: string][] = [
	[/flow collection/, '[', ']'],
	[/within a double quoted scalar/, '"', '"'],
	[/within a single quoted scalar/, "'", "'"]
];

/** For a text or list never closed, the line where it opens (js-yaml stops only at the end of the file). */
function openedAt(reason: string, lines: readonly string[], line: number): string {
	const opener = OPENERS.find(([pattern]) => pattern.test(reason));
	if (!opener) return '';
	const [, open, close] = opener;
	for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
		const value = valueOf(lines[i]!);
		if (value?.startsWith(open) && !value.slice(1).includes(close))
			return ` ; ouvert ligne ${i + 1}`;
	}
	return '';
}

/**
 * The remedy for the error at 1-based `line`, when the line shows a known trap: a « : » or a
 * leading sign inside a text that is not quoted, a quotation or list left open.
 */
export function yamlHint(source: string, line: number, reason = ''): string {
	const lines = source.split('\n');
	const opened = openedAt(reason, lines, line);
	if (opened) return opened;
	for (const text of [lines[line - 1], lines[line - 2]]) {
		if (text === undefined) continue;
		const value = valueOf(text);
		if (value === undefined || /^['"|>]/.test(value)) continue;
		if (/\S\s*:(\s|$)/.test(value)) {
			return ` ; « : » suivi d’une espace dans un texte : mettez tout le texte entre apostrophes droites ('…') ou écrivez-le en bloc avec « >- » (voir ${GUIDE}#deux-points)`;
		}
		if (/^[*&!%@`]/.test(value)) {
			return ` ; un texte qui commence par « ${value[0]} » se met entre apostrophes droites ('…') ou en bloc « >- » (voir ${GUIDE}#premier-caractere)`;
		}
	}
	return '';
}

/**
 * Lines where a « # » glued to a word (`#1`, `#hashtag`) inside an unquoted text starts a comment
 * and silently cuts the text: YAML reports nothing, the end of the line just disappears.
 */
export function hashComments(source: string): { line: number; column: number; cut: string }[] {
	if (!/[ \t]#[^\s#]/.test(source)) return [];
	const found: { line: number; column: number; cut: string }[] = [];
	let blockIndent = -1;
	source.split('\n').forEach((text, index) => {
		const indent = /^ */.exec(text)![0].length;
		if (blockIndent >= 0) {
			if (text.trim() === '' || indent > blockIndent) return;
			blockIndent = -1;
		}
		const value = valueOf(text);
		if (value === undefined) return;
		if (/^[|>][-+0-9]*\s*(#.*)?$/.test(value)) {
			blockIndent = indent;
			return;
		}
		if (/^['"]/.test(value) || value.startsWith('#')) return;
		const hash = /[ \t]#[^\s#]/.exec(value);
		if (hash) {
			found.push({
				line: index + 1,
				column: text.length - value.length + hash.index + 2,
				cut: value.slice(hash.index + 1).trim()
			});
		}
	});
	return found;
}

/** The warning for a « # » that cut a text short. */
export function hashCommentMessage(cut: string): string {
	return `« ${cut.slice(0, 40)} » est lu comme un commentaire et disparaît du texte (un « # » précédé d’une espace commence un commentaire) : mettez tout le texte entre apostrophes droites ('…') ou en bloc « >- » (voir ${GUIDE}#diese)`;
}
