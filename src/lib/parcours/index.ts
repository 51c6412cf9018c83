// Parcours: modules to follow in order. Their files are read at build time in
// src/lib/server/parcours/; pages get the types, the position helpers and the components.
export type { NextModule, Parcours, ParcoursModule, ParcoursPosition } from './types';
export { nextModule, parcoursPositions } from './position';
export { default as ParcoursPositionLine } from './ParcoursPositionLine.svelte';
export { default as ParcoursList } from './ParcoursList.svelte';
export { parcoursProgress, passedSentence, type ParcoursProgress } from './progress';
