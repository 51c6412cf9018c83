/** Pages a learner asks about: a list of page paths (with the base path), or every module. */
export type PageSelection = readonly string[] | 'all';

/** What a page asks the service worker (through a MessageChannel for the answers). */
export type ToWorker =
	| { type: 'SKIP_WAITING' }
	/** How many of these pages are kept. */
	| { type: 'status'; pages: PageSelection }
	/** Keep these pages, reporting progress. */
	| { type: 'keep'; pages: PageSelection };

/** What the service worker answers on the channel. */
export type FromWorker =
	| { type: 'status'; kept: number; total: number; bytes?: number }
	| { type: 'progress'; done: number; total: number }
	| { type: 'kept'; kept: number; total: number; failed: number };

/** Reads a message from a page; anything else is ignored. */
export function readToWorker(data: unknown): ToWorker | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const { type, pages } = data as { type?: unknown; pages?: unknown };
	if (type === 'SKIP_WAITING') return { type };
	const selection =
		pages === 'all'
			? 'all'
			: Array.isArray(pages) && pages.every((page) => typeof page === 'string')
				? (pages as string[])
				: undefined;
	if ((type === 'status' || type === 'keep') && selection) return { type, pages: selection };
	return undefined;
}
