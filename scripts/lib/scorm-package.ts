// A SCORM 1.2 package of one module (issue 12): the files its page needs, found by following
// references from the page, an imsmanifest.xml that lists exactly them, and a zip whose bytes
// depend on nothing but those files (fixed dates, sorted entries). Used by `npm run package`,
// the bench and the tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { ContentModule } from '../../src/lib/content/types';
import type { PageQuiz } from '../../src/lib/quiz/types';

/**
 * The date every zip entry carries: 1 January 2000, 00:00. Zip stores local date fields, which
 * fflate reads with the local getters, so the date is made from local fields each time: the same
 * bytes in every time zone.
 */
export const zipDate = () => new Date(2000, 0, 1, 0, 0, 0);
export const MANIFEST = 'imsmanifest.xml';

/** The module page inside the package, as the manifest's resource `href`. */
export const entryPage = (slug: string) => `modules/${slug}.html`;

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? walk(path) : [path];
	});
}

// Pages, page data and the service worker are never part of a package but for the entry page.
const NEVER = /(^|\/)(__data\.json|service-worker\.js)$|\.html$/;

/** Every file of a built site, relative to it, with forward slashes. */
function siteFiles(buildDir: string): string[] {
	return walk(buildDir).map((file) => relative(buildDir, file).split(sep).join('/'));
}

/**
 * The files that `start` needs: every file whose name appears in a file already taken (hashed
 * names are unique, so a name is a reference), which follows HTML, modulepreload, dynamic imports,
 * workers, styles and fonts alike.
 */
function traceFiles(
	buildDir: string,
	all: readonly string[],
	start: readonly string[]
): Set<string> {
	const byName = new Map<string, string[]>();
	for (const file of all.filter((f) => !NEVER.test(f))) {
		const name = posix.basename(file);
		byName.set(name, [...(byName.get(name) ?? []), file]);
	}
	const taken = new Set(start);
	const queue = [...start];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (!/\.(html|js|css|svg|json|webmanifest)$/.test(file)) continue;
		const text = readFileSync(join(buildDir, file), 'utf8');
		for (const [name, files] of byName) {
			if (!text.includes(name)) continue;
			for (const found of files) {
				if (taken.has(found)) continue;
				taken.add(found);
				queue.push(found);
			}
		}
	}
	return taken;
}

/** The files of a package, with the pages whose links it rewrites. */
export interface PackageContents {
	files: string[];
	/** Pages whose bytes differ from the build's: links to other pages of the site rewritten. */
	rewritten: Map<string, string>;
	/** Links to a page the build does not have: left as they are, reported. */
	deadLinks: string[];
}

const RELATIVE_HREF = /href="(\.\.?\/[^"#?]*)"/g;

/**
 * What a module's package holds: its page and what it needs, plus the site's pages it links to
 * (an author's note may point to the password checker). An LMS serves files as they are, so such
 * a link gets the page's file name, and opens in a new tab: following it in the LMS's frame would
 * end the SCORM session.
 */
export function packageContents(buildDir: string, slug: string): PackageContents {
	const all = siteFiles(buildDir);
	const entry = entryPage(slug);
	if (!all.includes(entry)) throw new Error(`${entry} absent de ${buildDir}`);
	const pages = [entry];
	const rewritten = new Map<string, string>();
	const deadLinks: string[] = [];
	for (let i = 0; i < pages.length; i++) {
		const page = pages[i]!;
		const html = readFileSync(join(buildDir, page), 'utf8');
		const changed = html.replace(RELATIVE_HREF, (whole, href: string) => {
			const target = posix.normalize(posix.join(posix.dirname(page), href));
			if (all.includes(target) && !target.endsWith('.html')) return whole;
			const asPage = target.endsWith('.html') ? target : `${target}.html`;
			if (!all.includes(asPage)) {
				deadLinks.push(`${page} → ${href}`);
				return whole;
			}
			if (!pages.includes(asPage)) pages.push(asPage);
			return `href="${posix.relative(posix.dirname(page), asPage)}" target="_blank"`;
		});
		if (changed !== html) rewritten.set(page, changed);
	}
	const files = [...traceFiles(buildDir, all, pages)].sort();
	return { files, rewritten, deadLinks };
}

const xml = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');

const plainText = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();

/** The licence as the module's credits state it ("Licence : …" item), with its link; null if none. */
export function licenceOf(creditsHtml: string): string | null {
	const item = [...creditsHtml.matchAll(/<li>([\s\S]*?)<\/li>/g)]
		.map((match) => match[1]!)
		.find((html) => /^\s*(<[^>]+>\s*)*Licence\b/i.test(html));
	if (!item) return null;
	// The item's first line: what follows a line break is another credit.
	const line = item.split(/<br\s*\/?>|\n/)[0]!;
	const text = plainText(line).replace(/^Licence\s*:?\s*/i, '');
	const href = /href="([^"]+)"/.exec(line)?.[1];
	return href ? `${text} (${href.replace(/&amp;/g, '&')})` : text;
}

/** What the manifest says of a module. */
export interface ManifestInput {
	module: Pick<ContentModule, 'slug' | 'title' | 'description'>;
	quiz: Pick<PageQuiz, 'passMark'>;
	licence: string;
	/** Every file of the zip, the manifest included. */
	files: readonly string[];
}

const langstring = (text: string, lang = 'fr') =>
	`<imsmd:langstring xml:lang="${lang}">${xml(text)}</imsmd:langstring>`;
const vocabulary = (value: string) =>
	`<imsmd:source>${langstring('LOMv1.0', 'x-none')}</imsmd:source><imsmd:value>${langstring(value, 'x-none')}</imsmd:value>`;

/**
 * SCORM 1.2 content packaging: one organization, one item (the module) with the quiz's pass mark
 * as mastery score, one SCO whose file list is the whole zip; title, description and licence in
 * the LOM metadata.
 */
export function manifestXml({ module, quiz, licence, files }: ManifestInput): string {
	const id = `capsules-${module.slug}`;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest identifier="${xml(id)}" version="1.0"`,
		'  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
		'  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
		'  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"',
		'  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
		'  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
		'  <metadata>',
		'    <schema>ADL SCORM</schema>',
		'    <schemaversion>1.2</schemaversion>',
		'    <imsmd:lom>',
		'      <imsmd:general>',
		`        <imsmd:title>${langstring(module.title)}</imsmd:title>`,
		'        <imsmd:language>fr</imsmd:language>',
		`        <imsmd:description>${langstring(module.description)}</imsmd:description>`,
		'      </imsmd:general>',
		'      <imsmd:rights>',
		`        <imsmd:cost>${vocabulary('no')}</imsmd:cost>`,
		`        <imsmd:copyrightandotherrestrictions>${vocabulary('yes')}</imsmd:copyrightandotherrestrictions>`,
		`        <imsmd:description>${langstring(licence)}</imsmd:description>`,
		'      </imsmd:rights>',
		'    </imsmd:lom>',
		'  </metadata>',
		`  <organizations default="${xml(id)}-org">`,
		`    <organization identifier="${xml(id)}-org">`,
		`      <title>${xml(module.title)}</title>`,
		`      <item identifier="${xml(id)}-item" identifierref="${xml(id)}-sco" isvisible="true">`,
		`        <title>${xml(module.title)}</title>`,
		`        <adlcp:masteryscore>${quiz.passMark}</adlcp:masteryscore>`,
		'      </item>',
		'    </organization>',
		'  </organizations>',
		'  <resources>',
		`    <resource identifier="${xml(id)}-sco" type="webcontent" adlcp:scormtype="sco" href="${xml(entryPage(module.slug))}">`,
		...files.map((file) => `      <file href="${xml(file)}"/>`),
		'    </resource>',
		'  </resources>',
		'</manifest>',
		''
	].join('\n');
}

/** The zip of a package: entries in byte order of their paths, all dated `zipDate()`. */
export function zipPackage(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
	const mtime = zipDate();
	const zippable: Zippable = {};
	for (const path of [...entries.keys()].sort()) {
		zippable[path] = [entries.get(path)!, { mtime, level: 9 }];
	}
	return zipSync(zippable, { mtime });
}

/** One module's package, ready to write. */
export interface ScormPackage {
	slug: string;
	files: string[];
	manifest: string;
	zip: Uint8Array;
	/** Links of its pages to pages the site does not have. */
	deadLinks: string[];
}

/** Builds one module's package from a site built for packages (`VITE_CAPSULES_PACKAGE=scorm`). */
export function buildPackage(
	buildDir: string,
	module: ContentModule,
	quiz: PageQuiz,
	licence: string
): ScormPackage {
	const contents = packageContents(buildDir, module.slug);
	const files = [...contents.files, MANIFEST].sort();
	const manifest = manifestXml({ module, quiz, licence, files });
	const encoder = new TextEncoder();
	const entries = new Map<string, Uint8Array>(
		contents.files.map((file) => {
			const text = contents.rewritten.get(file);
			const bytes = text ?? readFileSync(join(buildDir, file));
			return [file, text === undefined ? new Uint8Array(bytes as Buffer) : encoder.encode(text)];
		})
	);
	entries.set(MANIFEST, encoder.encode(manifest));
	return {
		slug: module.slug,
		files,
		manifest,
		zip: zipPackage(entries),
		deadLinks: contents.deadLinks
	};
}

/** The newest modification time under these paths (files or folders), in ms. */
export function newestChange(paths: readonly string[]): number {
	let newest = 0;
	for (const path of paths) {
		let stat;
		try {
			stat = statSync(path);
		} catch {
			continue;
		}
		const times = stat.isDirectory()
			? walk(path).map((file) => statSync(file).mtimeMs)
			: [stat.mtimeMs];
		newest = Math.max(newest, ...times);
	}
	return newest;
}
