import { readFileSync } from 'node:fs';
import type { ContentIssue } from './issues';
import { frenchSize, MAX_FILE_BYTES } from './limits';

const RESAVE =
	'ré-enregistrez-le en « UTF-8 » (VS Code : cliquez sur l’encodage en bas à droite, « Enregistrer avec l’encodage », « UTF-8 » ; Bloc-notes : « Enregistrer sous », Encodage « UTF-8 »)';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function lineAndColumn(text: string, index: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
		line += 1;
		start = i + 1;
	}
	return { line, column: index - start + 1 };
}

/** Where the first byte that is not UTF-8 sits, to point the author at a word (« acad�mique »). */
function firstBadByte(bytes: Buffer): { line: number; column: number; word: string } {
	const loose = bytes.toString('utf8');
	const index = loose.indexOf('\uFFFD');
	const { line, column } = lineAndColumn(loose, Math.max(index, 0));
	const word = /[\p{L}\p{N}-]*$/u.exec(loose.slice(Math.max(0, index - 20), index))![0] + '?';
	return {
		line,
		column,
		word: word + (/^[\p{L}\p{N}-]*/u.exec(loose.slice(index + 1))?.[0] ?? '')
	};
}

/**
 * Reads an author's file as UTF-8 text. A file over the size limit, or in another encoding
 * (Latin-1, Windows-1252, UTF-16), is refused with how to fix it; a UTF-8 byte order mark (BOM),
 * which some Windows editors add, is removed with a warning.
 */
export function readAuthorFile(
	path: string,
	file: string
): { source?: string; issues: ContentIssue[] } {
	const bytes = readFileSync(path);
	const error = (message: string, at: Partial<ContentIssue> = {}) => ({
		issues: [{ file, field: '', message, severity: 'error' as const, ...at }]
	});
	if (bytes.length > MAX_FILE_BYTES) {
		return error(
			`fichier trop gros (${frenchSize(bytes.length)}) : la limite est ${frenchSize(MAX_FILE_BYTES)} par fichier ; une transcription de 10 minutes en fait une dizaine, coupez le module en plusieurs`
		);
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return error(`fichier encodé en UTF-16 : ${RESAVE}`);
	}
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		const { line, column, word } = firstBadByte(bytes);
		return error(
			`fichier qui n’est pas en UTF-8 (sans doute Latin-1 ou Windows-1252 : « ${word} » ligne ${line}) : ${RESAVE}`,
			{ line, column }
		);
	}
	if (text.charCodeAt(0) !== 0xfeff) return { source: text, issues: [] };
	return {
		source: text.slice(1),
		issues: [
			{
				file,
				field: '',
				message:
					'le fichier commence par une marque d’ordre des octets (BOM), ignorée ; pour l’ôter, ré-enregistrez-le en « UTF-8 » (et non « UTF-8 avec BOM »)',
				severity: 'warning'
			}
		]
	};
}
