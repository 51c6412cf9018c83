import * as z from 'zod/mini';
import frenchErrors from 'zod/v4/locales/fr.js';
import { plural, quantity } from '../french';
import { checkDate } from './dates';
import {
	EXPORT_FORMAT,
	EXPORT_VERSION,
	IMPORT_CLOCK_SKEW_MS,
	IMPORT_VERSIONS,
	MAX_ANSWERS_PER_ATTEMPT,
	MAX_ATTEMPTS_PER_MODULE,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_MODULES
} from './limits';
import { answerSchema, attemptFields, attemptIdSchema, isoDateSchema, slugSchema } from './records';
import { parseJsonSafely } from './safe-json';
import { videoDateFields, videoFields, videoImportProblem } from './video-records';

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
	| 'forbidden-key'
	| 'not-an-export'
	| 'newer-version'
	| 'unknown-version'
	| 'invalid-shape'
	| 'invalid-date'
	| 'too-old'
	| 'future-date'
	| 'inconsistent-dates'
	| 'inconsistent-score'
	| 'duplicate-module'
	| 'duplicate-attempt'
	| 'unknown-modules';

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

interface DatedField {
	path: string;
	value: string;
}

function datedFields(file: ExportFile): DatedField[] {
	const fields: DatedField[] = [{ path: 'exportedAt', value: file.exportedAt }];
	file.modules.forEach((module, m) => {
		const at = `modules[${m}]`;
		fields.push({ path: `${at}.startedAt`, value: module.startedAt });
		fields.push({ path: `${at}.updatedAt`, value: module.updatedAt });
		if (module.videoWatchedAt !== null) {
			fields.push({ path: `${at}.videoWatchedAt`, value: module.videoWatchedAt });
		}
		if (module.video) fields.push(...videoDateFields(module.video, `${at}.video`));
		module.attempts.forEach((attempt, a) => {
			fields.push({ path: `${at}.attempts[${a}].startedAt`, value: attempt.startedAt });
			fields.push({ path: `${at}.attempts[${a}].endedAt`, value: attempt.endedAt });
		});
	});
	return fields;
}

function checkSemantics(
	file: ExportFile,
	knownSlugs: ReadonlySet<string>,
	now: number
): ParsedImport | undefined {
	for (const field of datedFields(file)) {
		const check = checkDate(field.value, now, IMPORT_CLOCK_SKEW_MS);
		if (check === 'invalid') {
			return refuse('invalid-date', `La date « ${field.value} » (${field.path}) n’existe pas.`);
		}
		if (check === 'too-old') {
			return refuse(
				'too-old',
				`La date « ${field.value} » (${field.path}) est antérieure à 2020 : ce fichier a sans doute été modifié.`
			);
		}
		if (check === 'future') {
			return refuse(
				'future-date',
				`La date « ${field.value} » (${field.path}) est dans le futur : ce fichier a sans doute été modifié, ou l’horloge de l’ordinateur qui l’a créé est déréglée.`
			);
		}
	}
	const exportedAt = Date.parse(file.exportedAt);
	const seenSlugs = new Set<string>();
	const seenIds = new Set<string>();
	for (const [m, module] of file.modules.entries()) {
		const at = `modules[${m}]`;
		if (seenSlugs.has(module.slug)) {
			return refuse(
				'duplicate-module',
				`Le module « ${module.slug} » apparaît deux fois dans ce fichier.`
			);
		}
		seenSlugs.add(module.slug);
		if (Date.parse(module.updatedAt) < Date.parse(module.startedAt)) {
			return refuse(
				'inconsistent-dates',
				`Dans ${at}, la dernière activité précède le début du module.`
			);
		}
		const videoProblem = module.video && videoImportProblem(module.video, file.version, at);
		if (videoProblem) return refuse('invalid-shape', videoProblem);
		const seenRuns = new Set<string>();
		for (const [a, attempt] of module.attempts.entries()) {
			const where = `${at}.attempts[${a}]`;
			if (Date.parse(attempt.endedAt) < Date.parse(attempt.startedAt)) {
				return refuse(
					'inconsistent-dates',
					`Dans ${where}, la tentative finit avant d’avoir commencé.`
				);
			}
			if (Date.parse(attempt.endedAt) > exportedAt + IMPORT_CLOCK_SKEW_MS) {
				return refuse(
					'inconsistent-dates',
					`Dans ${where}, la tentative finit après la date d’export du fichier.`
				);
			}
			if (attempt.score > attempt.total) {
				return refuse(
					'inconsistent-score',
					`Dans ${where}, le score (${attempt.score}) dépasse le nombre de questions (${attempt.total}).`
				);
			}
			const run = `${attempt.startedAt}|${attempt.endedAt}`;
			if (seenIds.has(attempt.id) || seenRuns.has(run)) {
				return refuse(
					'duplicate-attempt',
					`La tentative ${where} (module « ${module.slug} ») figure deux fois dans ce fichier.`
				);
			}
			seenIds.add(attempt.id);
			seenRuns.add(run);
		}
	}
	const unknown = file.modules.map((module) => module.slug).filter((slug) => !knownSlugs.has(slug));
	if (unknown.length > 0) {
		const listed = unknown
			.slice(0, 5)
			.map((slug) => `« ${slug} »`)
			.join(', ');
		const more = unknown.length > 5 ? ` et ${quantity(unknown.length - 5, 'autre')}` : '';
		return refuse(
			'unknown-modules',
			`Ce fichier contient la progression de modules que ce site ne propose pas : ${listed}${more}. Il vient peut-être d’un autre site Capsules.`
		);
	}
	return undefined;
}

/**
 * Reads an import file: size first (before parsing), then JSON without prototype keys, then
 * format and version, then shape (zod), then dates, duplicates and slugs. The first problem
 * found is reported; nothing is ever partially accepted.
 */
export function parseExportFile(
	text: string,
	knownSlugs: Iterable<string>,
	now: number = Date.now()
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
	const problem = checkSemantics(parsed.data, new Set(knownSlugs), now);
	return problem ?? { ok: true, file: parsed.data };
}
