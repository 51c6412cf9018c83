import { describe, expect, it } from 'vitest';
import { readToWorker } from './messages';
import { offlinePageHtml, titleOfPage } from './offline-page';

describe('titleOfPage', () => {
	it('reads the title without the site name, entities decoded', () => {
		expect(titleOfPage('<title>Sécurité &amp; mots de passe — Capsules</title>')).toBe(
			'Sécurité & mots de passe'
		);
		expect(titleOfPage('<p>pas de titre</p>')).toBeUndefined();
	});
});

describe('offlinePageHtml', () => {
	it('has French typography, like the pages the build makes', () => {
		const html = offlinePageHtml('/formation', [
			{ path: '/formation/modules/a', title: 'Ardoise' }
		]);
		expect(html).toContain('sa page\u202f;');
		expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/[ \n][;:!?]/);
		expect(html).toContain('<a href="/formation/">');
	});

	it('lists the kept modules by title, escaped, and says how to keep more', () => {
		const html = offlinePageHtml('/formation', [
			{ path: '/formation/modules/b', title: 'Zèbre <b>' },
			{ path: '/formation/modules/a', title: 'Ardoise' }
		]);
		expect(html).toContain('Les 2 modules gardés');
		expect(html.indexOf('Ardoise')).toBeLessThan(html.indexOf('Zèbre'));
		expect(html).toContain('Zèbre &lt;b&gt;');
		expect(html).toContain('href="/formation/modules/a"');
		expect(html).toContain('«\u202fGarder hors connexion\u202f»');
		expect(html).not.toContain('<script');
	});

	it('says when no module is kept', () => {
		expect(offlinePageHtml('', [])).toContain('Aucun module n’est encore gardé');
	});
});

describe('readToWorker', () => {
	it('accepts the known messages and nothing else', () => {
		expect(readToWorker({ type: 'keep', pages: 'all' })).toEqual({ type: 'keep', pages: 'all' });
		expect(readToWorker({ type: 'status', pages: ['/modules/a'] })).toEqual({
			type: 'status',
			pages: ['/modules/a']
		});
		expect(readToWorker({ type: 'SKIP_WAITING' })).toEqual({ type: 'SKIP_WAITING' });
		expect(readToWorker({ type: 'keep', pages: [1] })).toBeUndefined();
		expect(readToWorker({ type: 'delete', pages: 'all' })).toBeUndefined();
		expect(readToWorker(null)).toBeUndefined();
	});
});
