import { frenchTypographyHtml } from '../french';

/** Shown for a page the service worker does not have while the network is down. */
export function offlinePageHtml(base: string): string {
	// Built by the service worker, not by Svelte: typeset here like every page.
	return frenchTypographyHtml(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hors connexion — Capsules</title></head>
<body><main><h1>Hors connexion</h1>
<p>Cette page n’a pas encore été enregistrée sur cet appareil. Les modules déjà visités restent disponibles ;
réessayez quand la connexion sera rétablie.</p><p><a href="${base}/">Retour au catalogue</a></p></main></body></html>`);
}
