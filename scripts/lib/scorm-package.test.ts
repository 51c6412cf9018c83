import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentModule } from '../../src/lib/content/types';
import { sampleQuiz } from '../../src/lib/quiz/sample-quiz';
import { buildPackage, licenceOf, manifestXml, packageContents, zipDate } from './scorm-package';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

/** A tiny built site: a module page, its chunks, another page it links to, and files it does not need. */
function fakeBuild(): string {
	dir = mkdtempSync(join(tmpdir(), 'capsules-scorm-'));
	const files: Record<string, string> = {
		'modules/demo.html':
			'<link href="../_app/immutable/entry/start.abc.js" rel="modulepreload"><link href="../favicon.svg" rel="icon"><a href="../mot-de-passe">vérifier</a><a href="../nulle-part">?</a><a href="#t1">t</a>',
		'_app/immutable/entry/start.abc.js': 'import("../chunks/lazy.def.js")',
		'_app/immutable/chunks/lazy.def.js': 'new URL("../workers/w.ghi.js", import.meta.url)',
		'_app/immutable/workers/w.ghi.js': '/* worker */',
		'_app/immutable/chunks/unused.jkl.js': '/* no page needs me */',
		'favicon.svg': '<svg/>',
		'mot-de-passe.html': '<script src="./_app/immutable/entry/start.abc.js"></script>',
		'index.html': '<a href="./modules/demo">demo</a>',
		'service-worker.js': '/* never packaged */',
		'modules/demo/__data.json': '{}'
	};
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const module = {
	slug: 'demo',
	title: 'Démo « & » <test>',
	description: 'Une description',
	creditsHtml:
		'<ul><li><strong>Production</strong> : Réseau Canopé</li><li><strong>Licence</strong> : <a href="https://creativecommons.org/licenses/by-nc-nd/4.0/deed.fr">CC BY-NC-ND 4.0</a><br>Ressource produite avec le soutien du ministère</li></ul>'
} as ContentModule;

describe('packageContents', () => {
	it('follows references from the page, adds the pages it links to, and nothing else', () => {
		const contents = packageContents(fakeBuild(), 'demo');
		expect(contents.files).toEqual([
			'_app/immutable/chunks/lazy.def.js',
			'_app/immutable/entry/start.abc.js',
			'_app/immutable/workers/w.ghi.js',
			'favicon.svg',
			'modules/demo.html',
			'mot-de-passe.html'
		]);
		expect(contents.rewritten.get('modules/demo.html')).toContain(
			'<a href="../mot-de-passe.html" target="_blank">'
		);
		expect(contents.deadLinks).toEqual(['modules/demo.html → ../nulle-part']);
	});
});

describe('licenceOf', () => {
	it('reads the licence line of the credits, with its link, not the line after it', () => {
		expect(licenceOf(module.creditsHtml)).toBe(
			'CC BY-NC-ND 4.0 (https://creativecommons.org/licenses/by-nc-nd/4.0/deed.fr)'
		);
		expect(licenceOf('<ul><li>Auteur : moi</li></ul>')).toBeNull();
	});
});

describe('the manifest and the zip', () => {
	it('writes a well-formed manifest (xmllint) whose file list is exactly the zip', () => {
		const pkg = buildPackage(fakeBuild(), module, sampleQuiz, 'CC BY 4.0');
		execFileSync('xmllint', ['--noout', '-'], { input: pkg.manifest });
		const entries = Object.keys(unzipSync(pkg.zip)).sort();
		const listed = [...pkg.manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
		expect(listed).toEqual(entries);
		expect(entries).toContain('imsmanifest.xml');
		expect(pkg.manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
		expect(pkg.manifest).toContain('Démo « &amp; » &lt;test&gt;');
		expect(pkg.manifest).toContain('adlcp:scormtype="sco" href="modules/demo.html"');
	});

	it('gives the same bytes twice, whatever the time zone, with entries sorted and dated alike', () => {
		const build = fakeBuild();
		const first = buildPackage(build, module, sampleQuiz, 'CC BY 4.0').zip;
		const previous = process.env.TZ;
		process.env.TZ = 'Pacific/Kiritimati';
		try {
			const second = buildPackage(build, module, sampleQuiz, 'CC BY 4.0').zip;
			expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
		} finally {
			process.env.TZ = previous;
		}
		expect(zipDate().getFullYear()).toBe(2000);
		const names = Object.keys(unzipSync(first));
		expect(names).toEqual([...names].sort());
	});

	it('names every file of the package in its manifest', () => {
		const xml = manifestXml({
			module,
			quiz: { passMark: 70 },
			licence: 'x',
			files: ['a.js', 'imsmanifest.xml']
		});
		expect(xml.match(/<file /g)).toHaveLength(2);
		expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
	});
});
