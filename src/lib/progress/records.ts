import { z } from '../validation/zod';
import { MAX_ANSWER_CHARS, MAX_ANSWERS_PER_ATTEMPT, MAX_SNAPSHOT_CHARS } from './limits';

// zod/mini: the same validation as classic zod, tree-shaken, so the module page stays light.
// zod runs jitless in the browser (src/lib/validation/zod.ts): the CSP forbids eval.

// What IndexedDB holds. Records are untrusted when read back (another tab running an older
// version, a browser extension, a manual edit): every read goes through these schemas.

/** A module slug, as the content folder names it. */
export const slugSchema = z
	.string()
	.check(z.maxLength(120), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant de module invalide'));

/** An ISO 8601 instant ("2026-11-28T18:17:00.000Z"); its range is checked separately. */
export const isoDateSchema = z.iso.datetime({ offset: true });

/** The content hash a quiz carries. */
export const quizHashSchema = z
	.string()
	.check(z.minLength(1), z.maxLength(128), z.regex(/^[\w+/=:.-]+$/, 'empreinte de quiz invalide'));

/** An attempt identifier, made by `newAttemptId`. */
export const attemptIdSchema = z
	.string()
	.check(z.minLength(1), z.maxLength(64), z.regex(/^[\w-]+$/, 'identifiant de tentative invalide'));

/** What is kept of one answer: never a typed password (the quiz hands `null` for those). */
export const answerSchema = z.object({
	questionId: z.string().check(z.minLength(1), z.maxLength(200)),
	answer: z.union([
		z.string().check(z.maxLength(MAX_ANSWER_CHARS)),
		z.array(z.string().check(z.maxLength(MAX_ANSWER_CHARS))).check(z.maxLength(200)),
		z.null()
	]),
	correct: z.boolean()
});

/** The answers of one attempt: the definition `isAnswerList` is tested against. */
export const answerListSchema = z.array(answerSchema).check(z.maxLength(MAX_ANSWERS_PER_ATTEMPT));

/** One kept answer. */
export type StoredAnswerRecord = z.infer<typeof answerSchema>;

const isShortString = (value: unknown, max: number): value is string =>
	typeof value === 'string' && value.length <= max;

/**
 * The verdict of `answerListSchema`, hand-written. Every read of the store validates every
 * attempt (2,000 attempts of 17 answers on a full /progression), and zod without its JIT (the
 * CSP forbids eval) spent most of that read on answers; `records.test.ts` checks that both agree.
 */
export function isAnswerList(value: unknown): value is StoredAnswerRecord[] {
	if (!Array.isArray(value) || value.length > MAX_ANSWERS_PER_ATTEMPT) return false;
	for (const item of value as unknown[]) {
		if (item === null || typeof item !== 'object' || Array.isArray(item)) return false;
		const { questionId, answer, correct } = item as Record<string, unknown>;
		if (!isShortString(questionId, 200) || questionId.length === 0) return false;
		if (typeof correct !== 'boolean') return false;
		if (answer === null || isShortString(answer, MAX_ANSWER_CHARS)) continue;
		if (!Array.isArray(answer) || answer.length > 200) return false;
		if (!(answer as unknown[]).every((part) => isShortString(part, MAX_ANSWER_CHARS))) return false;
	}
	return true;
}

/** The fields of a finished attempt, shared by records, inputs and export files. */
export const attemptFields = {
	startedAt: isoDateSchema,
	endedAt: isoDateSchema,
	score: z.number().check(z.int(), z.gte(0), z.lte(10_000)),
	total: z.number().check(z.int(), z.gte(1), z.lte(10_000)),
	passed: z.boolean(),
	quizHash: quizHashSchema,
	answers: z.custom<StoredAnswerRecord[]>(isAnswerList, 'réponses mal formées')
};

/** A finished attempt as the page hands it to `recordAttempt`. */
export const newAttemptSchema = z.object(attemptFields);

/** One finished attempt (table `attempts`, key `id`, index `slug`). */
export const attemptRecordSchema = z.object({
	id: attemptIdSchema,
	slug: slugSchema,
	...attemptFields
});

/** Per-module facts that are not attempts (table `modules`, key `slug`). */
export const moduleRecordSchema = z.object({
	slug: slugSchema,
	/** First activity on the module. */
	startedAt: isoDateSchema,
	/** Last activity on the module. */
	updatedAt: isoDateSchema,
	/** When the learner ticked "J'ai regardé la vidéo"; null when not ticked. */
	videoWatchedAt: z.nullable(isoDateSchema)
});

/** The quiz in progress (table `quizSnapshots`, key `slug`). */
export const snapshotRecordSchema = z.object({
	slug: slugSchema,
	quizHash: quizHashSchema,
	/** When this attempt started (first saved answer). */
	startedAt: isoDateSchema,
	savedAt: isoDateSchema,
	/** The quiz machine's persisted snapshot, as JSON text (parsed safely on the way back). */
	snapshotJson: z.string().check(z.minLength(1), z.maxLength(MAX_SNAPSHOT_CHARS)),
	/**
	 * Who wrote this state ("<tab>.<n>"), so that two tabs on the same quiz notice each other.
	 * Optional: earlier records have none. A field, not an index: no new schema version.
	 */
	revision: z.optional(z.string().check(z.maxLength(80)))
});

/** A finished attempt handed in by the page. */
export type NewAttempt = z.infer<typeof newAttemptSchema>;
/** A stored attempt. */
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;
/** A stored module record. */
export type ModuleRecord = z.infer<typeof moduleRecordSchema>;
/** A stored quiz snapshot. */
export type SnapshotRecord = z.infer<typeof snapshotRecordSchema>;

/** A random attempt id ("t-" + 16 hex bytes), from the platform's cryptographic generator. */
export function newAttemptId(): string {
	const bytes = new Uint8Array(16);
	crypto.getRandomValues(bytes);
	return `t-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
