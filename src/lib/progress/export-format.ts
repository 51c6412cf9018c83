import { z } from '../validation/zod';
import frenchErrors from 'zod/v4/locales/fr.js';
import { plural, quantity } from '../french';
import { contentProblem, type ContentRefusal, type QuizFacts } from './import-checks';
import {
	EXPORT_FORMAT,
	EXPORT_VERSION,
	IMPORT_VERSIONS,
	MAX_ANSWERS_PER_ATTEMPT,
	MAX_ATTEMPTS_PER_MODULE,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_MODULES
} from './limits';
import { answerSchema, attemptFields, attemptIdSchema, isoDateSchema, slugSchema } from './records';
import { MAX_JSON_DEPTH, parseJsonSafely } from './safe-json';
import { videoFields } from './video-records';

// The export file, version 2 (version 1 had no `video`). Strict objects: an unknown key means a
// foreign or edited file.

const exportAttemptSchema = z.strictObject({
	id: attemptIdSchema,
	...attemptFields,
	answers: z.array(z.strictObject(answerSchema.shape)).check(z.maxLength(MAX_ANSWERS_PER_ATTEMPT))
});

const exportModuleSchema = z.strictObject({
	slug: slugSchema,
	startedAt: isoDateSchema,
	updatedAt: isoDateSchema,
	videoWatchedAt: z.nullable(isoDateSchema),
	attempts: z.array(exportAttemptSchema).check(z.maxLength(MAX_ATTEMPTS_PER_MODULE)),
	/** The video measured through the embed API (version 2). */
	video: z.optional(z.strictObject(videoFields))
});

/** The whole export file (format `capsules-progress`, version 1 or 2). */
export const exportFileSchema = z.strictObject({
	format: z.literal(EXPORT_FORMAT),
	version: z.literal([1, EXPORT_VERSION]),
	exportedAt: isoDateSchema,
	modules: z.array(exportModuleSchema).check(z.maxLength(MAX_IMPORT_MODULES))
});

/** A validated export file. */
export type ExportFile = z.infer<typeof exportFileSchema>;
/** One module of an export file. */
export type ExportModule = z.infer<typeof exportModuleSchema>;
/** One attempt of an export file. */
export type ExportAttempt = z.infer<typeof exportAttemptSchema>;

/** Why an import file was refused (each reason has its own message). */
export type ImportRefusal =
	| 'empty'
	| 'too-large'
	| 'not-json'
	| 'too-deep'
	| 'forbidden-key'
	| 'not-an-export'
	| 'newer-version'
	| 'unknown-version'
	| 'invalid-shape'
	| ContentRefusal;

/** Outcome of `parseExportFile`. */
export type ParsedImport =
	{ ok: true; file: ExportFile } | { ok: false; reason: ImportRefusal; message: string };

const NOTHING_CHANGED = 'Votre progression n’a pas été modifiée.';

function refuse(reason: ImportRefusal, message: string): ParsedImport {
	return { ok: false, reason, message: `${message} ${NOTHING_CHANGED}` };
}

/** Human size in French ("5 Mo", "12,4 Mo"). */
export function formatMegabytes(bytes: number): string {
	const value = bytes / (1024 * 1024);
	return `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

/** UTF-8 size of a text, without encoding it when the answer is obvious. */
function utf8Length(text: string): number {
	// Each UTF-16 unit is 1 to 3 UTF-8 bytes.
	if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
	return new TextEncoder().encode(text).length;
}

/** Path of a zod issue, as people read it: modules[0].attempts[2].score. */
function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`
		)
		.join('');
}

const describeIssue = frenchErrors().localeError;

function shapeMessage(issues: readonly z.core.$ZodIssue[]): string {
	const first = issues[0];
	if (!first) return 'Le fichier est mal formé.';
	const where = first.path.length > 0 ? ` (champ « ${formatPath(first.path)} »)` : '';
	const more =
		issues.length > 1
			? ` et ${quantity(issues.length - 1, 'autre')} ${plural(issues.length - 1, 'erreur')}`
			: '';
	const detail = first.message.charAt(0).toLowerCase() + first.message.slice(1);
	return `Le fichier est mal formé${where} : ${detail}${more}.`;
}

/**
 * Reads an import file: size first (before parsing), then JSON (not too deep, without prototype
 * keys), then format and version, then shape (zod), then its content (`import-checks.ts`): dates
 * that exist, attempts possible for their quiz, no duplicates, modules this site offers. The
 * first problem found is reported; nothing is ever partially accepted. Dates are not compared
 * with today: a file exported under a wrong clock is still the learner's own.
 */
export function parseExportFile(
	text: string,
	knownSlugs: Iterable<string>,
	quizzes: ReadonlyMap<string, QuizFacts> = new Map()
): ParsedImport {
	const size = utf8Length(text);
	if (size > MAX_IMPORT_BYTES) {
		return refuse(
			'too-large',
			`Ce fichier est trop volumineux (${formatMegabytes(size)}) : un fichier de progression fait au plus ${formatMegabytes(MAX_IMPORT_BYTES)}.`
		);
	}
	if (text.trim() === '') return refuse('empty', 'Ce fichier est vide.');
	const json = parseJsonSafely(text);
	if (!json.ok && json.reason === 'syntax') {
		return refuse(
			'not-json',
			'Ce fichier n’est pas un fichier de progression : son contenu n’est pas au format JSON.'
		);
	}
	if (!json.ok && json.reason === 'too-deep') {
		return refuse(
			'too-deep',
			`Ce fichier imbrique ses données sur plus de ${MAX_JSON_DEPTH} niveaux\u00a0: un export de progression Capsules n’en compte que 8. Il a été modifié ou fabriqué, il ne peut pas être importé.`
		);
	}
	if (!json.ok) {
		return refuse(
			'forbidden-key',
			`Ce fichier contient une clé interdite (« ${json.key} ») : il a été modifié ou fabriqué, il ne peut pas être importé.`
		);
	}
	const value = json.value;
	if (
		value === null ||
		typeof value !== 'object' ||
		Array.isArray(value) ||
		(value as Record<string, unknown>).format !== EXPORT_FORMAT
	) {
		return refuse(
			'not-an-export',
			'Ce fichier n’est pas un export de progression Capsules (il devrait venir du bouton « Exporter ma progression »).'
		);
	}
	const version = (value as Record<string, unknown>).version;
	if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
		return refuse(
			'newer-version',
			`Ce fichier a été créé par une version plus récente de Capsules (format ${version}) : rechargez la page pour obtenir la dernière version, puis réessayez.`
		);
	}
	if (typeof version !== 'number' || !IMPORT_VERSIONS.includes(version)) {
		return refuse(
			'unknown-version',
			`La version de ce fichier (${JSON.stringify(version) ?? 'absente'}) n’est pas reconnue : seules les versions ${IMPORT_VERSIONS.join(' et ')} existent.`
		);
	}
	const parsed = exportFileSchema.safeParse(value, { error: describeIssue });
	if (!parsed.success) return refuse('invalid-shape', shapeMessage(parsed.error.issues));
	const problem = contentProblem(parsed.data, new Set(knownSlugs), quizzes);
	return problem ? refuse(problem.reason, problem.message) : { ok: true, file: parsed.data };
}
