// Checks that every relative link in README.md and docs/ points to a file that exists, and that a
// `#anchor` on a Markdown target names one of its headings or `id`s. Web links are not fetched
// (no network here). Run: `node scripts/check-doc-links.mjs`; exits 1 and lists what is broken.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Markdown files of the documentation: README.md and everything under docs/. */
function docFiles() {
	const files = [join(root, 'README.md')];
	/** @param {string} dir */
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.md')) files.push(path);
		}
	};
	if (existsSync(join(root, 'docs'))) walk(join(root, 'docs'));
	return files;
}

/** The text outside fenced code blocks and inline code, where links live. */
function prose(source) {
	return source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading) {
	const text = heading
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_]/g, (mark) => (mark === '_' ? '_' : ''));
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
}

/** @type {Map<string, Set<string>>} */
const anchorCache = new Map();

/** Anchors a Markdown file offers: its headings (numbered when repeated) and explicit ids. */
function anchorsOf(file) {
	const cached = anchorCache.get(file);
	if (cached) return cached;
	const source = readFileSync(file, 'utf8').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
	const anchors = new Set();
	/** @type {Map<string, number>} */
	const seen = new Map();
	for (const match of source.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
		const base = slug(match[1] ?? '');
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		anchors.add(count === 0 ? base : `${base}-${count}`);
	}
	for (const match of source.matchAll(/\b(?:id|name)="([^"]+)"/g)) anchors.add(match[1] ?? '');
	anchorCache.set(file, anchors);
	return anchors;
}

const problems = [];
let checked = 0;
for (const file of docFiles()) {
	const text = prose(readFileSync(file, 'utf8'));
	const targets = [
		...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? ''),
		...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1] ?? ''),
		...[...text.matchAll(/\bhref="([^"]+)"/g)].map((m) => m[1] ?? '')
	];
	for (const target of targets) {
		if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:… are not fetched
		checked += 1;
		const [path = '', anchor] = target.split('#');
		const resolved = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
		const where = relative(root, file);
		if (!existsSync(resolved)) {
			problems.push(`${where}: ${target}: no such file`);
			continue;
		}
		if (anchor && statSync(resolved).isFile() && resolved.endsWith('.md')) {
			if (!anchorsOf(resolved).has(decodeURIComponent(anchor))) {
				problems.push(`${where}: ${target}: no heading or id "${anchor}" in that file`);
			}
		}
	}
}

for (const problem of problems) console.error(problem);
console.log(`${checked} relative link(s) checked: ${problems.length} broken`);
process.exit(problems.length > 0 ? 1 : 0);
