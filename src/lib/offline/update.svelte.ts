/**
 * Watches the service worker for a new version of the site. The new version waits until the
 * learner accepts it, then every open page reloads on it: never a page mixing two versions.
 */
export class SiteUpdate {
	/** A new version waits: offer "Mettre à jour". */
	available = $state(false);
	/** Another tab switched to a new version: this page should reload when convenient. */
	switchedElsewhere = $state(false);
	#registration: ServiceWorkerRegistration | undefined;
	#applying = false;

	/** Starts watching; returns a function that stops. */
	watch(): () => void {
		const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
		if (!container) return () => {};
		// The first install also changes the controller (clients.claim): that is no update.
		const hadController = Boolean(container.controller);
		const onControllerChange = () => {
			if (this.#applying) location.reload();
			else if (hadController) this.switchedElsewhere = true;
		};
		const onVisible = () => {
			if (document.visibilityState === 'visible') void this.#registration?.update().catch(() => {});
		};
		container.addEventListener('controllerchange', onControllerChange);
		document.addEventListener('visibilitychange', onVisible);
		// `ready`, not getRegistration(): on a first visit the registration may not exist yet when
		// the page mounts, and a page left open would then never hear of the next version.
		void container.ready.then((registration) => {
			this.#registration = registration;
			// Only an update when a version already controls the page; the first install is silent.
			const check = () => {
				this.available = Boolean(registration.waiting && container.controller);
			};
			check();
			registration.addEventListener('updatefound', () => {
				registration.installing?.addEventListener('statechange', check);
			});
		});
		return () => {
			container.removeEventListener('controllerchange', onControllerChange);
			document.removeEventListener('visibilitychange', onVisible);
		};
	}

	/** Switches to the waiting version; the page reloads when it takes over. */
	apply(): void {
		this.#applying = true;
		this.#registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
	}
}
