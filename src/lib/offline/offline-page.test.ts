import { describe, expect, it } from 'vitest';
import { offlinePageHtml } from './offline-page';

describe('offlinePageHtml', () => {
	it('has French typography, like the pages the build makes', () => {
		const html = offlinePageHtml('/formation');
		expect(html).toContain('restent disponibles\u202f;');
		expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/[ \n][;:!?]/);
		expect(html).toContain('<a href="/formation/">');
	});
});
