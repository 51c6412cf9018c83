import { getCatalogue } from '$lib/content/catalogue.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ areas: getCatalogue().areas });
