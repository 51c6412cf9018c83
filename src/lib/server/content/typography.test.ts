import { describe, expect, it } from 'vitest';
import { parseModule } from './parse-module';

const MODULE = `---
area: Domaine 1
title: Un module
description: Pour vous !
videoEmbedSrc: https://tube.reseau-canope.fr/videos/embed/x
videoDownloadHref: https://tube.reseau-canope.fr/download/x.mp4
objectives:
  - "Savoir l'essentiel : le format"
notes:
  - passage: Pas de panique
    text: "Mise à jour : voir « Options » ! L'adresse est \`a ; b\`."
---

## Transcription

Pas de panique ! L'identifiant : mdupond.

## Crédits

- **Licence** : CC BY-NC-ND
`;

describe('French typography at build time', () => {
	it('typesets notes and objectives, and leaves the transcription and credits as published', () => {
		const { module, issues } = parseModule('content/m.md', 'm', MODULE);
		expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
		const paragraph = module!.transcript[0]!;
		expect(paragraph.html).toBe('<p>Pas de panique ! L&#39;identifiant : mdupond.</p>');
		expect(paragraph.notes[0]!.html).toBe(
			'<p>Mise à jour\u00a0: voir «\u202fOptions\u202f»\u202f! L’adresse est <code>a ; b</code>.</p>\n'
		);
		expect(module!.objectives).toEqual(['Savoir l’essentiel\u00a0: le format']);
		expect(module!.creditsHtml).toContain('</strong> : CC BY-NC-ND');
	});
});
