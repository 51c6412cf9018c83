// Issue 17: French typography in the built site. Every page's text and text attributes (the UI
// strings), and the quiz and note text each module page carries in its data, have no ordinary
// space before ; : ! ? nor inside « ». Only the transcriptions and credits, shipped as their
// authors published them, may keep theirs. Reads build/ (after `npm run build`), no browser.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unflatten } from 'devalue';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

const BUILD = 'build';
const BAD = /[ \t\r\n](?=[;:!?»])|«[ \t\r\n]/;
const RAW = 'script, style, code, pre, kbd, samp, textarea, template';
// Published as the authors wrote it: the transcription's paragraphs and the credits.
const PUBLISHED = '.passage, .credits';
const TEXT_ATTRIBUTES = ['title', 'aria-label', 'alt', 'placeholder', 'label'];

function files(dir: string, name: (file: string) => boolean): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : files(path, name);
		return name(entry.name) ? [path] : [];
	});
}

/** Each place in some HTML where an ordinary space sits before ; : ! ? or inside « ». */
function offences(html: string, skip = ''): string[] {
	const { document } = new JSDOM(html).window;
	// A marker, not nothing, where code was: text on both sides must not join into a false match.
	for (const element of document.querySelectorAll([RAW, skip].filter(Boolean).join(', '))) {
		element.replaceWith(document.createTextNode('¤'));
	}
	const found: string[] = [];
	const check = (where: string, text: string) => {
		const match = BAD.exec(text);
		if (match)
			found.push(`${where}: …${text.slice(Math.max(0, match.index - 30), match.index + 3)}…`);
	};
	check('texte', document.body.textContent ?? '');
	check('titre', document.title);
	for (const element of document.querySelectorAll('*')) {
		for (const name of TEXT_ATTRIBUTES) {
			const value = element.getAttribute(name);
			if (value) check(`${element.tagName.toLowerCase()}[${name}]`, value);
		}
	}
	for (const meta of document.querySelectorAll('meta[name="description"]')) {
		check('meta description', meta.getAttribute('content') ?? '');
	}
	return found;
}

interface QuizData {
	questions: Record<string, unknown>[];
}
interface ModuleData {
	objectives: string[];
	notes: { html: string }[];
	transcript: { notes: { html: string }[] }[];
}

/** The text of an HTML fragment, code replaced by a marker: a light parse for hundreds of strings. */
function fragmentText(html: string): string {
	return html
		.replace(/<(code|pre|kbd|samp)\b[^>]*>[\s\S]*?<\/\1>/gi, '¤')
		.replace(/<[^>]*>/g, '')
		.replaceAll('&nbsp;', '\u00a0')
		.replace(/&(#39|#x27|apos|quot|amp|lt|gt);/g, '¤');
}

/** The quiz and note strings a module page's data holds, named by where they come from. */
function writtenByCapsules(module: ModuleData, quiz: QuizData | null): [string, string][] {
	const strings: [string, string][] = [];
	module.objectives.forEach((html, i) => strings.push([`objectives.${i}`, html]));
	module.notes.forEach((note, i) => strings.push([`notes.${i}`, note.html]));
	module.transcript.forEach((paragraph, p) =>
		paragraph.notes.forEach((note, i) => strings.push([`transcript.${p}.notes.${i}`, note.html]))
	);
	const walk = (value: unknown, path: string) => {
		if (typeof value === 'string') {
			if (/(Html|html|label)$/.test(path)) strings.push([path, value]);
		} else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`));
		else if (value && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) {
				if (key !== 'accepted') walk(item, path ? `${path}.${key}` : key);
			}
		}
	};
	quiz?.questions.forEach((question) => walk(question, `questions.${String(question.id)}`));
	return strings;
}

describe.runIf(existsSync(BUILD))('French typography in the built site', () => {
	const pages = files(BUILD, (name) => name.endsWith('.html'));

	it('finds the pages and the module data', () => {
		expect(pages.length).toBeGreaterThanOrEqual(6);
		expect(files(join(BUILD, 'modules'), (name) => name === '__data.json').length).toBeGreaterThan(
			0
		);
	});

	it.each(pages.map((page) => relative(BUILD, page)))('%s: UI strings are typeset', (page) => {
		expect(offences(readFileSync(join(BUILD, page), 'utf8'), PUBLISHED)).toEqual([]);
	});

	it('quiz text and notes in every module’s data are typeset', () => {
		const problems: string[] = [];
		let checked = 0;
		for (const file of files(join(BUILD, 'modules'), (name) => name === '__data.json')) {
			const payload = JSON.parse(readFileSync(file, 'utf8')) as {
				nodes: ({ data: unknown } | null)[];
			};
			const node = payload.nodes.find((n) => n && 'data' in n);
			const data = unflatten(node!.data as never) as { module: ModuleData; quiz: QuizData | null };
			for (const [where, html] of writtenByCapsules(data.module, data.quiz)) {
				checked++;
				const text = fragmentText(html);
				const match = BAD.exec(text);
				if (match) {
					const around = text.slice(Math.max(0, match.index - 30), match.index + 3);
					problems.push(`${relative(BUILD, file)} ${where}: …${around}…`);
				}
			}
		}
		expect(checked).toBeGreaterThan(100);
		expect(problems).toEqual([]);
	});

	it('leaves the transcriptions as published', () => {
		const html = readFileSync(join(BUILD, 'modules/messagerie-academique.html'), 'utf8');
		const { document } = new JSDOM(html).window;
		const passages = [...document.querySelectorAll('.passage')].map((p) => p.textContent ?? '');
		expect(passages.some((text) => text.includes('Pas de panique !'))).toBe(true);
	});
});
