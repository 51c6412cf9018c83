import type { FromWorker, PageSelection, ToWorker } from './messages';

/** Where a set of pages stands on this device. */
export type KeepState =
	/** No service worker (JavaScript off, unsupported or private mode): nothing to offer. */
	| 'unsupported'
	| 'checking'
	/** Some pages are not kept yet. */
	| 'missing'
	| 'working'
	| 'kept'
	/** The last attempt left pages out (network lost). */
	| 'failed';

/** Sends one request to the active service worker and follows its answers until the last one. */
async function ask(
	message: ToWorker,
	onAnswer: (answer: FromWorker) => void,
	isLast: (answer: FromWorker) => boolean
): Promise<void> {
	const worker = (await navigator.serviceWorker.ready).active;
	if (!worker) throw new Error('aucun service worker actif');
	const channel = new MessageChannel();
	await new Promise<void>((done) => {
		channel.port1.onmessage = (event: MessageEvent<FromWorker>) => {
			onAnswer(event.data);
			if (isLast(event.data)) done();
		};
		worker.postMessage(message, [channel.port2]);
	});
	channel.port1.close();
}

/** Keeps a list of pages (or every module) on this device, through the service worker. */
export class OfflineKeeper {
	state = $state<KeepState>('unsupported');
	kept = $state(0);
	total = $state(0);
	/** What keeping all of them downloads, gzip (undefined until known). */
	bytes = $state<number | undefined>(undefined);
	readonly #pages: PageSelection;

	constructor(pages: PageSelection) {
		this.#pages = pages;
	}

	/** Asks the service worker where the pages stand; call once mounted. */
	async refresh(): Promise<void> {
		if (typeof navigator === 'undefined' || !navigator.serviceWorker) return;
		this.state = 'checking';
		await ask(
			{ type: 'status', pages: this.#pages },
			(answer) => {
				if (answer.type !== 'status') return;
				this.kept = answer.kept;
				this.total = answer.total;
				this.bytes = answer.bytes;
				this.state = answer.total > 0 && answer.kept === answer.total ? 'kept' : 'missing';
			},
			(answer) => answer.type === 'status'
		);
	}

	/** Downloads the pages not kept yet, following the progress. */
	async keep(): Promise<void> {
		this.state = 'working';
		try {
			await ask(
				{ type: 'keep', pages: this.#pages },
				(answer) => {
					if (answer.type === 'progress') {
						this.kept = answer.done;
						this.total = answer.total;
					} else if (answer.type === 'kept') {
						this.kept = answer.kept;
						this.state = answer.failed === 0 ? 'kept' : 'failed';
					}
				},
				(answer) => answer.type === 'kept'
			);
		} catch {
			this.state = 'failed';
		}
	}
}
