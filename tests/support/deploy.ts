import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const TEXT = new Set(['.html', '.js', '.css', '.json']);
const DAY = 24 * 60 * 60 * 1000;

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The CSP hashes of a page's inline scripts, in order. */
function inlineScriptHashes(html: string): string[] {
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		(match) => `sha256-${createHash('sha256').update(match[1]!).digest('base64')}`
	);
}

/** Two deployments of the site, as a host would hold them one after the other. */
export interface Deployments {
	v1: string;
	v2: string;
	remove: () => void;
}

/**
 * Copies a build twice: v1 as built, and v2 where every file under `_app/immutable/` has a new
 * name (as when the code changed) and the version differs, as a second deployment would. Each
 * page says which one it is (`<html data-deploy="v1">`). Every file gets an old modification time
 * (v1 30 days ago, v2 20 days ago), as after a copy that keeps mtimes: with Last-Modified alone,
 * browsers then cache pages for days.
 */
export function twoDeployments(build = 'build'): Deployments {
	const root = mkdtempSync(join(tmpdir(), 'capsules-deploy-'));
	const v1 = join(root, 'v1');
	const v2 = join(root, 'v2');
	cpSync(build, v1, { recursive: true });
	cpSync(build, v2, { recursive: true });
	const version = (
		JSON.parse(readFileSync(join(build, '_app/version.json'), 'utf8')) as {
			version: string;
		}
	).version;
	const names = filesUnder(join(v2, '_app/immutable')).map((path) => path.split('/').pop()!);
	const renamed = (name: string) => name.replace(/(\.[a-z0-9]+)$/, 'v2$1');
	const pattern = new RegExp(
		`(?<=/)(${names
			.sort((a, b) => b.length - a.length)
			.map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
			.join('|')})`,
		'g'
	);
	for (const [dir, label] of [
		[v1, 'v1'],
		[v2, 'v2']
	] as const) {
		for (const path of filesUnder(dir)) {
			if (!TEXT.has(extname(path))) continue;
			let text = readFileSync(path, 'utf8');
			if (label === 'v2') {
				const before = path.endsWith('.html') ? inlineScriptHashes(text) : [];
				text = text.replace(pattern, renamed).replaceAll(version, `${version}2`);
				// The page's CSP allows its inline scripts by hash: they changed, so do their hashes.
				inlineScriptHashes(text).forEach((hash, i) => (text = text.replace(before[i]!, hash)));
			}
			if (path.endsWith('.html')) text = text.replace('<html ', `<html data-deploy="${label}" `);
			writeFileSync(path, text);
		}
	}
	for (const path of filesUnder(join(v2, '_app/immutable'))) {
		const name = path.split('/').pop()!;
		cpSync(path, join(path, '..', renamed(name)));
		rmSync(path);
	}
	for (const [dir, age] of [
		[v1, 30],
		[v2, 20]
	] as const) {
		const when = new Date(Date.now() - age * DAY);
		for (const path of filesUnder(dir)) utimesSync(path, when, when);
	}
	return { v1, v2, remove: () => rmSync(root, { recursive: true, force: true }) };
}
