import { getModuleSlugs } from '$lib/server';
import type { PageServerLoad } from './$types';

/** The module that teaches the address format, when this site has it (a site may be built from other content). */
const SOURCE_MODULE = 'messagerie-academique';

export const load: PageServerLoad = () => ({
	sourceModule: getModuleSlugs().includes(SOURCE_MODULE) ? SOURCE_MODULE : undefined
});
