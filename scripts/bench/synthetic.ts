import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PARAGRAPHS = [
	'Beaucoup d’informations passent par votre messagerie académique : consultez-la régulièrement.',
	'Les adresses académiques se présentent sous la forme prénom.nom@ac-académie.fr.',
	'Un bon mot de passe contient au moins 12 caractères et 4 types différents.',
	'En cas de doute, contactez la plateforme d’assistance informatique de votre académie.'
];

function moduleSource(index: number): string {
	const transcript = Array.from({ length: 24 }, (_, p) => `${PARAGRAPHS[p % 4]} (§${p + 1})`).join(
		'\n\n'
	);
	return `---
area: Domaine ${(index % 5) + 1}
title: Module de test ${index}
description: Un module synthétique pour mesurer le coût du contenu.
videoEmbedSrc: https://tube.reseau-canope.fr/videos/embed/${index}
videoDownloadHref: https://tube.reseau-canope.fr/download/${index}.mp4
duration: 5
---

## Transcription

${transcript}

## Crédits

- **Licence** : [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/deed.fr)
`;
}

function quizSource(): string {
	return `passMark: 80
questions:
  - id: choix
    type: single
    prompt: Que faut-il consulter régulièrement ?
    passage: régulièrement. (§1)
    choices:
      - text: La messagerie académique
        correct: true
        feedback: Oui, c’est là qu’arrivent les informations importantes.
      - text: Rien du tout
        feedback: Ce n’est pas ce que dit le module, qui recommande de la consulter souvent.
    explanation: La messagerie académique reçoit les informations importantes.
  - id: plusieurs
    type: multiple
    prompt: Quels types de caractères faut-il ?
    choices:
      - text: Minuscules
        correct: true
      - text: Majuscules
        correct: true
      - text: Emojis seulement
    feedback:
      correct: Bien vu, ce sont les types attendus.
      incorrect: Il fallait les minuscules et les majuscules, pas les emojis seuls.
    explanation: La règle demande quatre types de caractères.
  - id: adresse
    type: text
    prompt: Adresse de Michel Dupond à Lille ?
    label: Adresse
    inputMode: email
    answers: [michel.dupond@ac-lille.fr]
    tolerances: [t1]
    feedback:
      correct: C’est la forme prénom.nom@ac-académie.fr.
      incorrect: La forme attendue est prénom.nom@ac-académie.fr.
    explanation: michel.dupond@ac-lille.fr.
`;
}

/** Writes `count` modules, each with a three-question quiz, under `root/content` and `root/quizzes`. */
export function writeSyntheticSite(
	root: string,
	count: number
): { contentDir: string; quizzesDir: string } {
	const contentDir = join(root, 'content');
	const quizzesDir = join(root, 'quizzes');
	mkdirSync(contentDir, { recursive: true });
	mkdirSync(quizzesDir, { recursive: true });
	for (let index = 1; index <= count; index++) {
		writeFileSync(join(contentDir, `module-${index}.md`), moduleSource(index));
		writeFileSync(join(quizzesDir, `module-${index}.yaml`), quizSource());
	}
	return { contentDir, quizzesDir };
}
