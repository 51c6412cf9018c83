import { getContext, setContext } from 'svelte';

/** Hears of each "Commencer" button as a quiz intro shows it. */
export type StartButtonListener = (button: HTMLButtonElement) => void;

const KEY = Symbol('quiz start button');

/**
 * Lets a component hear of the "Commencer" buttons rendered inside it (call during its set-up):
 * the module page uses it to keep focus on "Commencer" when the live quiz replaces a placeholder.
 */
export function onStartButton(listener: StartButtonListener): void {
	setContext(KEY, listener);
}

/** The listener an ancestor set with `onStartButton`, if any (QuizIntro calls it). */
export function startButtonListener(): StartButtonListener | undefined {
	return getContext<StartButtonListener | undefined>(KEY);
}
