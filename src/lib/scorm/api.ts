/** The SCORM 1.2 run-time API an LMS puts on one of its windows as `window.API` (RTE 3.2). */
export interface Scorm12Api {
	LMSInitialize(parameter: ''): string;
	LMSFinish(parameter: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(parameter: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
	LMSGetDiagnostic(code: string): string;
}

/** The few window fields discovery reads; any of them may throw across origins. */
export interface ApiWindow {
	API?: unknown;
	parent?: ApiWindow | null;
	opener?: ApiWindow | null;
}

/**
 * How many parents are climbed before giving up: ADL's sample code for SCORM 1.2 stops after 7,
 * which covers every LMS player nesting we know of (Moodle's is one or two frames deep).
 */
export const MAX_API_DEPTH = 7;

const METHODS = [
	'LMSInitialize',
	'LMSFinish',
	'LMSGetValue',
	'LMSSetValue',
	'LMSCommit',
	'LMSGetLastError',
	'LMSGetErrorString'
] as const;

function asApi(candidate: unknown): Scorm12Api | null {
	if (candidate === null || typeof candidate !== 'object') return null;
	const record = candidate as Record<string, unknown>;
	return METHODS.every((name) => typeof record[name] === 'function')
		? (candidate as Scorm12Api)
		: null;
}

// A window of another origin throws on any property read: it holds no API for us.
function read<T>(get: () => T): T | null {
	try {
		return get() ?? null;
	} catch {
		return null;
	}
}

/** `window.API` on `start` or one of its parents, at most `maxDepth` levels up. */
function searchParents(start: ApiWindow, maxDepth: number): Scorm12Api | null {
	let current: ApiWindow = start;
	for (let depth = 0; ; depth++) {
		const api = asApi(read(() => current.API));
		if (api) return api;
		const parent = read(() => current.parent);
		if (!parent || parent === current || depth >= maxDepth) return null;
		current = parent;
	}
}

/**
 * Finds the LMS's SCORM 1.2 API as the standard prescribes: this window and its `parent` chain
 * first, then the window that opened this one (and its parents). Null without an LMS.
 */
export function findScormApi(start: ApiWindow, maxDepth = MAX_API_DEPTH): Scorm12Api | null {
	const found = searchParents(start, maxDepth);
	if (found) return found;
	const opener = read(() => start.opener);
	return opener ? searchParents(opener, maxDepth) : null;
}
