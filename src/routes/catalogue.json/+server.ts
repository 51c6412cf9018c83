import { json } from '@sveltejs/kit';
import { getModuleList } from '$lib/server';
import type { RequestHandler } from './$types';

// Every module's card, for the catalogue's filters (fetched on their first use).
export const prerender = true;

export const GET: RequestHandler = () => json(getModuleList());
