import { getSiteConfig } from '$lib/server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ contact: getSiteConfig().contact });
