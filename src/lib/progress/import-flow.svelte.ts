// The import on /progression as a state class: choose a file, see what it would change, merge or
// replace. ImportPanel.svelte renders it and moves focus; the sentences are in import-wording.ts.
import type { ImportMode, ProgressStore } from './api';
import type { QuizFacts } from './attempt-rules';
import type { ImportPreview } from './import-preview';
import { FILE_UNREADABLE_MESSAGE, fileTooLargeMessage } from './import-wording';
import { MAX_IMPORT_BYTES } from './limits';

/** The part of a chosen `File` the import reads. */
export type ChosenFile = Pick<File, 'name' | 'size' | 'text'>;

/** One import panel's state: the preview shown, the last error or success, busy while working. */
export class ImportFlow {
	/** What the chosen file would change; null when no preview is shown. */
	preview = $state.raw<ImportPreview | null>(null);
	/** Name of the chosen file, for the preview. */
	fileName = $state('');
	/** Why the file was refused or the import failed (role="alert"); empty when all is well. */
	error = $state('');
	/** What the import changed (role="status"). */
	success = $state('');
	/** A file is being read or an import applied: the controls wait. */
	busy = $state(false);

	readonly #store: () => ProgressStore;
	readonly #knownSlugs: () => readonly string[];
	readonly #quizzes: (() => ReadonlyMap<string, QuizFacts>) | undefined;

	/**
	 * Getters, so that the panel's latest props are used. `quizzes`: each module's quiz as the
	 * build knows it, so that attempts impossible for it are refused.
	 */
	constructor(
		store: () => ProgressStore,
		knownSlugs: () => readonly string[],
		quizzes?: () => ReadonlyMap<string, QuizFacts>
	) {
		this.#store = store;
		this.#knownSlugs = knownSlugs;
		this.#quizzes = quizzes;
	}

	/** Checks and previews the chosen file, changing nothing; true when a preview is shown. */
	async choose(file: ChosenFile | undefined): Promise<boolean> {
		this.preview = null;
		this.error = '';
		this.success = '';
		if (!file) return false;
		this.fileName = file.name;
		// Checked before reading: a huge file is never loaded into memory.
		if (file.size > MAX_IMPORT_BYTES) {
			this.error = fileTooLargeMessage(file.size);
			return false;
		}
		this.busy = true;
		try {
			const result = await this.#store().previewImport(
				await file.text(),
				this.#knownSlugs(),
				this.#quizzes?.()
			);
			if (result.ok) {
				this.preview = result.preview;
				return true;
			}
			this.error = result.message;
			return false;
		} catch {
			this.error = FILE_UNREADABLE_MESSAGE;
			return false;
		} finally {
			this.busy = false;
		}
	}

	/** Applies the previewed import (all or nothing); the preview closes either way. */
	async apply(mode: ImportMode): Promise<void> {
		const preview = this.preview;
		if (!preview) return;
		this.busy = true;
		const result = await this.#store().applyImport(preview, mode);
		this.busy = false;
		if (result.ok) {
			this.success = result.message;
			this.error = '';
		} else {
			this.error = result.message;
		}
		this.preview = null;
	}

	/** Closes the preview without changing anything. */
	cancel(): void {
		this.preview = null;
	}
}
