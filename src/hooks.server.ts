import type { Handle } from '@sveltejs/kit';

/** The sub-path the site is built for (BASE_PATH, as in svelte.config.js). */
const BASE = process.env.BASE_PATH ?? '';

/**
 * 404.html is sent for any unknown address, at any depth (`/modules/x/y`), but the build writes
 * its links and styles relative to the site's root (`./_app/…`): they become absolute there.
 * (A <base> element would also send the skip link « #contenu » to the catalogue.)
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.route.id === '/404' ? html.replace(/(href|src)="\.\//g, `$1="${BASE}/`) : html
	});
