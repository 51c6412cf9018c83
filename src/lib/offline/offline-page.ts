import { frenchTypographyHtml } from '../french';

/** A page kept on this device, as the offline page lists it. */
export interface KeptPage {
	path: string;
	title: string;
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** The title a prerendered page gives itself, without the site's name. */
export function titleOfPage(html: string): string | undefined {
	const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1];
	if (raw === undefined) return undefined;
	const text = raw
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
	return text.replace(/\s+—\s+Capsules$/, '').trim() || undefined;
}

/**
 * Shown for a page this device has not kept while the network is down: what is kept, and how to
 * keep more. Plain HTML, no script (the site's CSP does not apply to it, so it needs none).
 */
export function offlinePageHtml(base: string, kept: readonly KeptPage[]): string {
	const sorted = [...kept].sort((a, b) => a.title.localeCompare(b.title, 'fr'));
	const modules =
		sorted.length === 0
			? '<p>Aucun module n’est encore gardé sur cet appareil.</p>'
			: `<p>${sorted.length === 1 ? 'Le module gardé' : `Les ${sorted.length} modules gardés`} sur cet appareil\u00a0:</p>
<ul>${sorted.map((page) => `<li><a href="${escapeHtml(page.path)}">${escapeHtml(page.title)}</a></li>`).join('')}</ul>`;
	// Built by the service worker, not by Svelte: typeset here like every page.
	return frenchTypographyHtml(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hors connexion — Capsules</title></head>
<body><main><h1>Hors connexion</h1>
<p>Cette page n’est pas gardée sur cet appareil\u00a0: elle s’ouvrira quand la connexion sera rétablie.</p>
<h2>Disponible hors connexion</h2>
<ul><li><a href="${base}/">Le catalogue</a></li><li><a href="${base}/progression">Ma progression</a></li><li><a href="${base}/mot-de-passe">Vérifier un mot de passe</a></li></ul>
${modules}
<h2>Garder d’autres modules</h2>
<p>Un module ouvert une fois avec une connexion reste disponible hors connexion. Pour garder un module sans le suivre, utilisez «\u00a0Garder hors connexion\u00a0» sur sa page ; pour garder tous les modules, «\u00a0Tout le catalogue\u00a0» sur le catalogue.</p>
<p><a href="${base}/">Retour au catalogue</a></p></main></body></html>`);
}
