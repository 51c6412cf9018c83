import { QUESTION_ID } from './schema';

/** A path inside the parsed YAML, as zod reports it (keys and 0-based indices). */
export type RawPath = readonly PropertyKey[];

/** Value found at `path` in `data`, or undefined. */
export function valueAt(data: unknown, path: RawPath): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key as string];
	}
	return current;
}

/** The id of the question at `index` in the raw data, when it is a usable id. */
export function rawQuestionId(data: unknown, index: number): string | undefined {
	const id = valueAt(data, ['questions', index, 'id']);
	return typeof id === 'string' && QUESTION_ID.test(id) ? id : undefined;
}

/**
 * Author-facing dotted path: a question is named by its id (`questions.q3`), or by its position
 * counted from 1 when it has no usable id; every other list position is counted from 1 too
 * (`choices.2` is the second choice).
 */
export function fieldPath(data: unknown, path: RawPath): string {
	const parts: string[] = [];
	path.forEach((key, i) => {
		if (typeof key === 'number') {
			const questionId =
				path[i - 1] === 'questions' && i === 1 ? rawQuestionId(data, key) : undefined;
			parts.push(questionId ?? String(key + 1));
		} else {
			parts.push(String(key));
		}
	});
	return parts.join('.');
}
