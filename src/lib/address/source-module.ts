// Whether the site has the module our « video » source points to: the page says so once, and
// every source link reads it (a site built from other content must not link to a missing page).
import { getContext, setContext } from 'svelte';

const KEY = Symbol('address-source-module');

/** Called by the helper's top components with the module slug the page found, if any. */
export function provideSourceModule(slug: string | undefined): void {
	setContext(KEY, slug);
}

/** The slug of our module that the source list may link to, if the site has it. */
export function sourceModuleOf(): string | undefined {
	return getContext<string | undefined>(KEY);
}
