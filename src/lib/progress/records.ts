import { z } from 'zod';
import { MAX_ANSWER_CHARS, MAX_ANSWERS_PER_ATTEMPT, MAX_SNAPSHOT_CHARS } from './limits';

// zod runs jitless in the browser (src/hooks.client.ts): the CSP forbids eval.

// What IndexedDB holds. Records are untrusted when read back (another tab running an older
// version, a browser extension, a manual edit): every read goes through these schemas.

/** A module slug, as the content folder names it. */
export const slugSchema = z
	.string()
	.max(120)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant de module invalide');

/** An ISO 8601 instant ("2026-11-28T18:17:00.000Z"); its range is checked separately. */
export const isoDateSchema = z.iso.datetime({ offset: true });

/** The content hash a quiz carries. */
export const quizHashSchema = z
	.string()
	.min(1)
	.max(128)
	.regex(/^[\w+/=:.-]+$/, 'empreinte de quiz invalide');

/** An attempt identifier, made by `newAttemptId`. */
export const attemptIdSchema = z
	.string()
	.min(1)
	.max(64)
	.regex(/^[\w-]+$/, 'identifiant de tentative invalide');

/** What is kept of one answer: never a typed password (the quiz hands `null` for those). */
export const answerSchema = z.object({
	questionId: z.string().min(1).max(200),
	answer: z.union([
		z.string().max(MAX_ANSWER_CHARS),
		z.array(z.string().max(MAX_ANSWER_CHARS)).max(200),
		z.null()
	]),
	correct: z.boolean()
});

/** The fields of a finished attempt, shared by records, inputs and export files. */
export const attemptFields = {
	startedAt: isoDateSchema,
	endedAt: isoDateSchema,
	score: z.number().int().min(0).max(10_000),
	total: z.number().int().min(1).max(10_000),
	passed: z.boolean(),
	quizHash: quizHashSchema,
	answers: z.array(answerSchema).max(MAX_ANSWERS_PER_ATTEMPT)
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
	videoWatchedAt: isoDateSchema.nullable()
});

/** The quiz in progress (table `quizSnapshots`, key `slug`). */
export const snapshotRecordSchema = z.object({
	slug: slugSchema,
	quizHash: quizHashSchema,
	/** When this attempt started (first saved answer). */
	startedAt: isoDateSchema,
	savedAt: isoDateSchema,
	/** The quiz machine's persisted snapshot, as JSON text (parsed safely on the way back). */
	snapshotJson: z.string().min(1).max(MAX_SNAPSHOT_CHARS)
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
