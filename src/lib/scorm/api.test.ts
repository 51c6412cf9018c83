import { describe, expect, it } from 'vitest';
import { findScormApi, MAX_API_DEPTH, type ApiWindow } from './api';

const fakeApi = () => ({
	LMSInitialize: () => 'true',
	LMSFinish: () => 'true',
	LMSGetValue: () => '',
	LMSSetValue: () => 'true',
	LMSCommit: () => 'true',
	LMSGetLastError: () => '0',
	LMSGetErrorString: () => '',
	LMSGetDiagnostic: () => ''
});

/** A chain of `depth` windows above `top`; returns the bottom one. */
function chain(depth: number, top: ApiWindow): ApiWindow {
	let current: ApiWindow = top;
	top.parent = top; // a top window is its own parent
	for (let i = 0; i < depth; i++) current = { parent: current };
	return current;
}

describe('findScormApi', () => {
	it('finds the API on the window itself', () => {
		const api = fakeApi();
		expect(findScormApi({ API: api })).toBe(api);
	});

	it('climbs the parent chain up to the depth limit, and no further', () => {
		const api = fakeApi();
		expect(findScormApi(chain(MAX_API_DEPTH, { API: api }))).toBe(api);
		expect(findScormApi(chain(MAX_API_DEPTH + 1, { API: api }))).toBeNull();
	});

	it('tries the opener and its parents after the parent chain', () => {
		const api = fakeApi();
		const opener = chain(2, { API: api });
		const start: ApiWindow = { opener };
		start.parent = start;
		expect(findScormApi(start)).toBe(api);
	});

	it('prefers the parent chain over the opener', () => {
		const parentApi = fakeApi();
		const start = chain(1, { API: parentApi });
		start.opener = { API: fakeApi() };
		expect(findScormApi(start)).toBe(parentApi);
	});

	it('skips windows of another origin (they throw) and objects that are no API', () => {
		const api = fakeApi();
		const top: ApiWindow = { API: api };
		const foreign = {
			get API(): unknown {
				throw new DOMException('Blocked a frame', 'SecurityError');
			},
			parent: top
		};
		expect(findScormApi({ API: { LMSInitialize: 'no' }, parent: foreign })).toBe(api);
	});

	it('returns null without an LMS (no API anywhere, opener null)', () => {
		const alone: ApiWindow = { opener: null };
		alone.parent = alone;
		expect(findScormApi(alone)).toBeNull();
	});
});
