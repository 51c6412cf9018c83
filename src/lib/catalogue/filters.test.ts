import { describe, expect, it } from 'vitest';
import { statusOf, withStatus } from './filters';

const modules = [
	{ slug: 'a', areaId: 'domaine-1' },
	{ slug: 'b', areaId: 'domaine-1' },
	{ slug: 'c', areaId: 'domaine-2' }
];
const progress = new Map([
	['a', { status: 'completed' as const }],
	['c', { status: 'in-progress' as const }]
]);

describe('catalogue filters', () => {
	it('a module without stored progress is not started', () => {
		expect(statusOf(progress, 'b')).toBe('not-started');
		expect(statusOf(progress, 'a')).toBe('completed');
	});

	it('keeps everything with its status when no status is chosen', () => {
		expect(withStatus(modules, '', progress).map((module) => module.status)).toEqual([
			'completed',
			'not-started',
			'in-progress'
		]);
	});

	it('keeps the modules of the chosen status', () => {
		const slugs = (status: Parameters<typeof withStatus>[1]) =>
			withStatus(modules, status, progress).map((module) => module.slug);
		expect(slugs('not-started')).toEqual(['b']);
		expect(slugs('in-progress')).toEqual(['c']);
		expect(slugs('completed')).toEqual(['a']);
	});
});
