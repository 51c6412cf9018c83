import { MODULE_ANCHORS } from './anchors';

/** The quiz's "Revoir ce passage" links point at transcription paragraphs. */
const PASSAGE_LINK = 'a[href^="#transcription-"]';

/** Where « Retour à la question » sends focus: the question's heading, else the link itself. */
export function returnTarget(origin: Element): HTMLElement | null {
	if (!origin.isConnected) return document.getElementById(MODULE_ANCHORS.quiz);
	// In a question's feedback: the heading « Question 4 sur 17 » (focusable by script).
	const section = origin.closest('.feedback-region')?.closest('section');
	const heading = section?.querySelector<HTMLElement>('h3[tabindex="-1"]');
	return heading ?? (origin as HTMLElement);
}

/**
 * After a quiz's « Revoir ce passage », the passage shows a « Retour à la question » link that
 * brings focus back where the learner was (the passage can be 4,000 px above the quiz). Returns
 * what removes the behaviour.
 */
export function installPassageReturn(doc: Document = document): () => void {
	let shown: HTMLElement | null = null;

	const clear = () => {
		shown?.remove();
		shown = null;
	};

	const onClick = (event: MouseEvent) => {
		const link = (event.target as Element | null)?.closest?.(PASSAGE_LINK);
		const quiz = doc.getElementById(MODULE_ANCHORS.quiz);
		if (!link || !quiz?.contains(link)) return;
		const passage = doc.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)));
		if (!passage) return;
		clear();
		const paragraph = doc.createElement('p');
		paragraph.className = 'passage-return';
		const back = doc.createElement('a');
		back.href = `#${MODULE_ANCHORS.quiz}`;
		back.textContent = 'Retour à la question';
		back.addEventListener('click', (click) => {
			click.preventDefault();
			const target = returnTarget(link);
			clear();
			if (target && target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
				target.setAttribute('tabindex', '-1');
			}
			target?.focus();
		});
		paragraph.append(back);
		passage.append(paragraph);
		shown = paragraph;
	};

	doc.addEventListener('click', onClick);
	return () => {
		doc.removeEventListener('click', onClick);
		clear();
	};
}
