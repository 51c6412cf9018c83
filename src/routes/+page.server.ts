import { getCatalogue } from '$lib/server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ areas: getCatalogue().areas });
