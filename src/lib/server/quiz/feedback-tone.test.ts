import { describe, expect, it } from 'vitest';
import { feedbackTone } from './feedback-tone';

describe('feedbackTone', () => {
	it.each([
		['Faux : il faut…', 'refusal'],
		['**Incorrect.** La règle…', 'refusal'],
		['Non, ce n’est pas…', 'refusal'],
		['« Non » : …', 'refusal'],
		['Pas tout à fait : …', 'refusal'],
		['Mauvaise réponse.', 'refusal'],
		["Ce n'est pas la bonne adresse", 'refusal'],
		['Exact : …', 'approval'],
		['Oui ! C’est…', 'approval'],
		['_Bravo_, …', 'approval'],
		['Bonne réponse.', 'approval'],
		['Correct.', 'approval'],
		['Exactement.', 'approval'],
		['En effet, …', 'approval'],
		['Nonobstant la règle…', 'neutral'],
		['Correctement saisie, l’adresse…', 'neutral'],
		['Fauxtographie', 'neutral'],
		['La règle est…', 'neutral'],
		['Vraiment utile', 'neutral'],
		['Juste une précision : …', 'neutral']
	])('%s → %s', (text, tone) => {
		expect(feedbackTone(text).tone).toBe(tone);
	});
});
