import { getCatalogueOverview } from '$lib/server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => getCatalogueOverview();
