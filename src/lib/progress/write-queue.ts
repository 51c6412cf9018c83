// Writes run one after another, so that answers land in the order they were given; a write that
// fails is retried once, then explained by a notice. Never throws.
import type { StoreNotice } from './api';
import type { BackendTransaction, ProgressBackend, ProgressChanges } from './backend';
import { isQuotaError, QUOTA_NOTICE, READ_ONLY_MESSAGE, writeFailedNotice } from './notices';

/** Outcome of one transaction: its value, or the French message already shown in a notice. */
export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

/** The store's single queue of tasks and its transactions. */
export class WriteQueue {
	readonly #backend: ProgressBackend;
	readonly #notify: (notice: StoreNotice) => void;
	#tail: Promise<unknown> = Promise.resolve();

	constructor(backend: ProgressBackend, notify: (notice: StoreNotice) => void) {
		this.#backend = backend;
		this.#notify = notify;
	}

	/** Runs `task` once every task queued before it has settled. */
	enqueue<T>(task: () => Promise<T>): Promise<T> {
		const next = this.#tail.then(task, task);
		this.#tail = next.catch(() => undefined);
		return next;
	}

	/** Runs `work` in one transaction, retried once; a failure becomes a notice and a message. */
	async transact<T>(
		work: (transaction: BackendTransaction) => Promise<T>
	): Promise<WriteOutcome<T>> {
		// A newer Capsules wrote this database: nothing is tried, the notice already says why.
		if (this.#backend.readOnly) return { ok: false, message: READ_ONLY_MESSAGE };
		for (let attempt = 0; ; attempt += 1) {
			try {
				const value = await this.#backend.transact(work);
				return { ok: true, value };
			} catch (error) {
				if (isQuotaError(error)) {
					this.#notify(QUOTA_NOTICE);
					return { ok: false, message: QUOTA_NOTICE.message };
				}
				// One retry: Safari and Chrome sometimes lose the connection and Dexie reopens it.
				if (attempt === 0) continue;
				const notice = writeFailedNotice(error);
				this.#notify(notice);
				return { ok: false, message: notice.message };
			}
		}
	}

	/** Writes fixed changes in one transaction (see `transact`). */
	write(changes: ProgressChanges): Promise<WriteOutcome<void>> {
		return this.transact((transaction) => transaction.write(changes));
	}
}
