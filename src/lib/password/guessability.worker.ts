/// <reference lib="webworker" />
/**
 * Scores passwords off the main thread. Loads the dictionaries as soon as it starts (so that
 * typing never triggers a fetch), says { ready: true }, then answers each { id, password,
 * userInputs } with numbers and finding kinds only. Nothing is stored, logged or sent anywhere.
 */
import { estimateGuessability, loadZxcvbn, type GuessabilityRequest } from './guessability';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const checker = loadZxcvbn();

checker.then(
	() => scope.postMessage({ ready: true }),
	() => scope.postMessage({ ready: false })
);

scope.onmessage = async (event: MessageEvent<GuessabilityRequest>) => {
	const request = event.data;
	try {
		const check = await checker;
		scope.postMessage(estimateGuessability(check, request));
	} catch {
		scope.postMessage({ id: request.id, error: true });
	}
};
