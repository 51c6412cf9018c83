import { describe, expect, it } from 'vitest';
import { cacheName, precacheList, strategyFor } from './cache-plan';

const manifest = {
	base: '/formation',
	build: [
		'/formation/_app/immutable/entry/start.js',
		'/formation/_app/immutable/workers/guessability-abc.js',
		'/formation/_app/immutable/workers/assets/dictionary-fr.js'
	],
	files: ['/formation/favicon.svg'],
	prerendered: ['/formation/', '/formation/modules/a', '/formation/modules/a/__data.json']
};

describe('precacheList', () => {
	it('holds every page, its data and the app files, but not the on-demand worker chunks', () => {
		expect(precacheList(manifest)).toEqual([
			'/formation/_app/immutable/entry/start.js',
			'/formation/favicon.svg',
			'/formation/',
			'/formation/modules/a',
			'/formation/modules/a/__data.json'
		]);
	});
});

describe('strategyFor', () => {
	const scope = { origin: 'https://site.fr', precached: new Set(precacheList(manifest)) };
	const get = (path: string, mode = 'no-cors') => ({
		method: 'GET',
		url: `https://site.fr${path}`,
		mode
	});

	it.each([
		[get('/formation/modules/a', 'navigate'), 'precached'],
		[get('/formation/modules/a?x=1', 'navigate'), 'precached'],
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

describe('cacheName', () => {
	it('is one cache per version', () => {
		expect(cacheName('123')).not.toBe(cacheName('124'));
	});
});
