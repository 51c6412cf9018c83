import { describe, expect, it } from 'vitest';
import {
	cacheName,
	catalogueExtras,
	dataOf,
	filesOfPage,
	foreignReferences,
	onDemandPages,
	pageOf,
	precacheList,
	strategyFor
} from './cache-plan';

const manifest = {
	base: '/formation',
	build: [
		'/formation/_app/immutable/entry/start.js',
		'/formation/_app/immutable/workers/guessability-abc.js',
		'/formation/_app/immutable/workers/assets/dictionary-fr.js'
	],
	files: ['/formation/favicon.svg'],
	prerendered: [
		'/formation/',
		'/formation/__data.json',
		'/formation/progression',
		'/formation/mot-de-passe',
		'/formation/modules/a',
		'/formation/modules/a/__data.json',
		'/formation/modules/b',
		'/formation/modules/b/__data.json'
	]
};

describe('precacheList', () => {
	it('holds the shell: app files and the pages that are not modules, without their data', () => {
		expect(precacheList(manifest)).toEqual([
			'/formation/_app/immutable/entry/start.js',
			'/formation/favicon.svg',
			'/formation/',
			'/formation/progression',
			'/formation/mot-de-passe'
		]);
	});

	it('does not grow with the number of modules', () => {
		const many = {
			...manifest,
			prerendered: [
				...manifest.prerendered,
				...Array.from({ length: 1000 }, (_, i) => `/formation/modules/m${i}`)
			]
		};
		expect(precacheList(many)).toEqual(precacheList(manifest));
		expect(onDemandPages(many)).toHaveLength(1002);
	});
});

describe('pages and their data', () => {
	it('maps a data file to its page and back, at the root too', () => {
		expect(pageOf('/formation/modules/a/__data.json', '/formation')).toBe('/formation/modules/a');
		expect(pageOf('/formation/__data.json', '/formation')).toBe('/formation/');
		expect(pageOf('/__data.json', '')).toBe('/');
		expect(dataOf('/', '')).toBe('/__data.json');
		expect(dataOf('/formation/modules/a', '/formation')).toBe('/formation/modules/a/__data.json');
	});

	it('lists the files of a page that exist', () => {
		const prerendered = new Set(['/modules/a', '/modules/a/__data.json', '/mot-de-passe']);
		expect(filesOfPage('/modules/a', '', prerendered)).toEqual([
			'/modules/a',
			'/modules/a/__data.json'
		]);
		expect(filesOfPage('/mot-de-passe', '', prerendered)).toEqual(['/mot-de-passe']);
	});

	it('lists the on-demand pages once each', () => {
		expect(onDemandPages(manifest)).toEqual(['/formation/modules/a', '/formation/modules/b']);
	});
});

describe('pages that grow with the catalogue', () => {
	const site = {
		base: '',
		build: ['/_app/immutable/entry/start.js'],
		files: [],
		prerendered: [
			'/',
			'/progression',
			'/catalogue.json',
			'/domaines/d1',
			'/domaines/d1/__data.json',
			'/attestation/module/a',
			'/modules/a',
			'/modules/a/__data.json'
		]
	};

	it('are not precached: area pages, attestations, the filters’ list, modules', () => {
		expect(precacheList(site)).toEqual(['/_app/immutable/entry/start.js', '/', '/progression']);
	});

	it('« Tout le catalogue » counts the modules and keeps the area pages and the list too', () => {
		expect(onDemandPages(site)).toEqual(['/modules/a']);
		expect(catalogueExtras(site)).toEqual(['/catalogue.json', '/domaines/d1']);
	});
});

describe('strategyFor', () => {
	const scope = {
		origin: 'https://site.fr',
		base: '/formation',
		precached: new Set(precacheList(manifest)),
		prerendered: new Set(manifest.prerendered)
	};
	const get = (path: string, mode = 'no-cors') => ({
		method: 'GET',
		url: `https://site.fr${path}`,
		mode
	});

	it.each([
		[get('/formation/', 'navigate'), 'precached'],
		[get('/formation/progression?x=1', 'navigate'), 'precached'],
		[get('/formation/__data.json?x-sveltekit-invalidated=01'), 'page'],
		[get('/formation/modules/a', 'navigate'), 'page'],
		[get('/formation/pagefind/pagefind-entry.json?ts=1764750000000'), 'search'],
		[get('/formation/pagefind/index/fr_1a2b3c.pf_index'), 'search'],
		[get('/pagefind/pagefind.js'), 'passthrough'],
		[get('/formation/modules/a/__data.json?x-sveltekit-invalidated=01'), 'page'],
		[get('/formation/modules/a/', 'navigate'), 'strip-slash'],
		[get('/formation/mot-de-passe/', 'navigate'), 'strip-slash'],
		[get('/formation/inconnu/', 'navigate'), 'network-then-offline-page'],
		[get('/formation/_app/immutable/workers/assets/dictionary-fr.js'), 'runtime'],
		[get('/formation/inconnu', 'navigate'), 'network-then-offline-page'],
		[get('/formation/inconnu.json'), 'passthrough'],
		[{ method: 'POST', url: 'https://site.fr/formation/', mode: 'cors' }, 'passthrough'],
		[
			{ method: 'GET', url: 'https://tube.reseau-canope.fr/videos/embed/x', mode: 'navigate' },
			'passthrough'
		]
	])('%o → %s', (request, expected) => {
		expect(strategyFor(request, scope)).toBe(expected);
	});
});

describe('foreignReferences', () => {
	const build = new Set([
		'/formation/_app/immutable/entry/start.v2.js',
		'/formation/_app/immutable/assets/0.v2.css'
	]);
	const page = 'https://site.fr/formation/modules/a';

	it('is empty for a page of this version (relative paths resolved against the page)', () => {
		const html = `<link href="../_app/immutable/assets/0.v2.css" rel="stylesheet">
			<script>import("../_app/immutable/entry/start.v2.js")</script>`;
		expect(foreignReferences(html, page, build)).toEqual([]);
	});

	it('names the files of another version', () => {
		const html = `<link rel="modulepreload" href="../_app/immutable/entry/start.v1.js">
			<link href="../_app/immutable/assets/0.v2.css" rel="stylesheet">`;
		expect(foreignReferences(html, page, build)).toEqual([
			'/formation/_app/immutable/entry/start.v1.js'
		]);
	});
});

describe('cacheName', () => {
	it('is one cache per version', () => {
		expect(cacheName('123')).not.toBe(cacheName('124'));
	});
});
