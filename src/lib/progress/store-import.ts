// Import, as the store runs it: the file is checked and previewed against the data as it is, then
// applied in one transaction (merge or replace), all or nothing.
import type { ImportMode, ImportPreviewResult, ImportResult } from './api';
import { mergeImportChanges, replaceImportChanges } from './changes';
import type { QuizFacts } from './import-checks';
import type { ImportPreview } from './import-preview';
import {
	IMPORT_CODE_UNAVAILABLE_MESSAGE,
	importAppliedMessage,
	importFailedMessage
} from './import-wording';
import type { ModuleData } from './model';
import { validateProgress } from './validate-stored';
import type { WriteQueue } from './write-queue';

/** What the import needs from its store. */
export interface ImportContext {
	queue: WriteQueue;
	now: () => number;
	/** Every module's validated data (corrupted records reported). */
	readValidated(): Promise<ReadonlyMap<string, ModuleData>>;
	/** Called after progress was written (asks for durable storage once). */
	progressSaved(): void;
}

/** Checks an import file and says what it would change; changes nothing. */
export async function previewImport(
	context: ImportContext,
	fileText: string,
	knownSlugs: Iterable<string>,
	quizzes?: ReadonlyMap<string, QuizFacts>
): Promise<ImportPreviewResult> {
	let code: typeof import('./import-code');
	try {
		code = await import('./import-code');
	} catch {
		// Offline after a deployment: the import code cannot be downloaded.
		return { ok: false, reason: 'code-unavailable', message: IMPORT_CODE_UNAVAILABLE_MESSAGE };
	}
	const { parseExportFile, buildImportPreview } = code;
	const parsed = parseExportFile(fileText, knownSlugs, quizzes);
	if (!parsed.ok) return parsed;
	const current = await context.readValidated();
	return { ok: true, preview: buildImportPreview(parsed.file, current, context.now()) };
}

/** Applies a previewed import in one transaction, behind the writes already queued. */
export function applyImport(
	context: ImportContext,
	preview: ImportPreview,
	mode: ImportMode
): Promise<ImportResult> {
	return context.queue.enqueue(async () => {
		const result = await context.queue.transact(async (transaction) => {
			const planned =
				mode === 'replace'
					? replaceImportChanges(preview.file)
					: // Merged with the data as it is now (another tab may have written since the preview).
						mergeImportChanges(preview.file, validateProgress(await transaction.readAll()).modules);
			await transaction.write(planned.changes);
			return planned;
		});
		if (!result.ok) return { ok: false, message: importFailedMessage(result.message) };
		const { modules, newAttempts } = result.value;
		if (modules > 0) context.progressSaved();
		return {
			ok: true,
			message: importAppliedMessage(mode, modules, newAttempts),
			modules,
			newAttempts
		};
	});
}
