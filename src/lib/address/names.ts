// How a first name and a surname probably become the parts of an academic address and login.
// Only the folding (case, accents, cedillas, œ/æ) and the hyphens of compound surnames are facts;
// spaces, apostrophes, particles and compound first names have no published rule, so they give
// variants and a doubt, never one certain answer.
import { foldAccents, foldText } from '../french';

/** What makes a name uncertain, each with its own explanation on the page. */
export type NameDoubt =
	'accents' | 'space' | 'particle' | 'apostrophe' | 'compound-first-name' | 'dropped-characters';

/** One name as it probably appears in an address, with the other plausible forms. */
export interface NameForms {
	/** The most likely form: lower case, no accents, hyphens kept (« jacob-de-cordemoy »). */
	main: string;
	/** Other plausible forms, most likely first, without `main`. */
	variants: string[];
	doubts: NameDoubt[];
}

/** A first name's forms and the initials a login may start with. */
export interface FirstNameForms extends NameForms {
	/** The first letter of the first name, then other plausible initials (« j », « je »). */
	initials: string[];
}

// Particles of French and neighbouring surnames, as they open a name written with spaces.
const PARTICLES = new Set([
	'd',
	'de',
	'du',
	'des',
	'la',
	'le',
	'les',
	'l',
	'van',
	'von',
	'der',
	'den',
	'di',
	'da',
	'del',
	'della',
	'do',
	'dos',
	'das',
	'ben',
	'bin',
	'el',
	'al',
	'ter',
	'ten',
	'zu'
]);
const APOSTROPHES = /['’ʼ`´‘]/g;
const NOT_NAME = /[^a-z' -]/g;

interface Cleaned {
	/** Words (separated by spaces in the input); each may hold hyphens and apostrophes. */
	words: string[];
	doubts: NameDoubt[];
}

/** Folds a name and splits it into words, noting what the folding changed or dropped. */
function clean(raw: string): Cleaned {
	const doubts: NameDoubt[] = [];
	const folded = foldText(raw).replace(APOSTROPHES, "'");
	if (foldAccents(raw).toLowerCase() !== raw.toLowerCase()) doubts.push('accents');
	const kept = folded.replace(NOT_NAME, '');
	if (kept !== folded) doubts.push('dropped-characters');
	const split = kept
		.replace(/[\s'-]*-[\s'-]*/g, '-')
		.replace(/'+/g, "'")
		.trim()
		.split(/\s+/);
	const words = split.map((word) => word.replace(/^[-']+|[-']+$/g, '')).filter(Boolean);
	// A lone or doubled hyphen or apostrophe has no place in an address: dropped, and said.
	const typed = kept.trim().replace(/\s+/g, ' ');
	if (words.join(' ') !== typed && !doubts.includes('dropped-characters')) {
		doubts.push('dropped-characters');
	}
	if (words.length > 1) doubts.push('space');
	if (words.some((word) => word.includes("'"))) doubts.push('apostrophe');
	return { words, doubts };
}

function unique(values: string[], without: string): string[] {
	return [...new Set(values)].filter((value) => value !== '' && value !== without);
}

/** The forms a surname probably takes: spaces as hyphens first, then joined, then without particles. */
export function surnameForms(raw: string): NameForms {
	const { words, doubts } = clean(raw);
	const noApostrophe = words.map((word) => word.replaceAll("'", ''));
	const main = noApostrophe.join('-');
	// « d'Artagnan » written as one word opens with a particle too.
	const leading = words.findIndex(
		(word) => !PARTICLES.has(word) && !PARTICLES.has(word.split("'")[0] ?? '')
	);
	const hasParticle = words.length > 1 ? leading > 0 : /^(d|l)'/.test(words[0] ?? '');
	if (hasParticle) doubts.push('particle');
	const withoutParticles =
		words.length > 1 && leading > 0
			? noApostrophe.slice(leading).join('-')
			: (words[0] ?? '').replace(/^(d|l)'/, '').replaceAll("'", '');
	const variants = unique(
		[
			noApostrophe.join(''),
			words.map((word) => word.replaceAll("'", '-')).join('-'),
			hasParticle ? withoutParticles : ''
		],
		main
	);
	return { main, variants, doubts };
}

/** The forms a first name probably takes, and the initials a login may start with. */
export function firstNameForms(raw: string): FirstNameForms {
	const { words, doubts } = clean(raw);
	const parts = words.flatMap((word) => word.replaceAll("'", '').split('-')).filter(Boolean);
	const main = parts.join('-');
	const compound = parts.length > 1;
	if (compound) doubts.push('compound-first-name');
	const spaceless = doubts.filter((doubt) => doubt !== 'space');
	const variants = compound ? unique([parts.join(''), parts[0] ?? ''], main) : [];
	const first = parts[0]?.[0] ?? '';
	const initials = unique([first, compound ? parts.map((part) => part[0]).join('') : ''], '');
	// A space inside a first name is the compound-first-name doubt, not a surname's space.
	return { main, variants, doubts: spaceless, initials };
}
