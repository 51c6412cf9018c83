import type { ProgressStore, SnapshotLoad } from '$lib/progress';

// Reading a saved attempt of an edited quiz clears it (`stale`). The learner state at the top of
// the page may read first: the quiz must still be able to say « Le quiz a été modifié ».
const clearedStale = new Set<string>();
const keyOf = (slug: string, quizHash: string) => `${slug}\n${quizHash}`;

/** Reads a module's saved quiz, remembering a stale attempt that the reading cleared. */
export async function loadSnapshot(
	store: ProgressStore,
	slug: string,
	quizHash: string
): Promise<SnapshotLoad> {
	const saved = await store.loadQuizSnapshot(slug, quizHash);
	if (saved.status === 'stale') clearedStale.add(keyOf(slug, quizHash));
	return saved;
}

/** True once after a reading cleared a stale attempt of this quiz (whoever read it). */
export function takeClearedStale(slug: string, quizHash: string): boolean {
	return clearedStale.delete(keyOf(slug, quizHash));
}
