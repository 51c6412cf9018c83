/**
 * Watches the service worker for a new version of the site. The new version waits until the
 * learner accepts it, then every open page reloads on it: never a page mixing two versions.
 */
export class SiteUpdate {
	available = $state(false);
	#registration: ServiceWorkerRegistration | undefined;

	/** Starts watching; returns a function that stops. */
	watch(): () => void {
		const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
		if (!container) return () => {};
		let reloading = false;
		const onControllerChange = () => {
			if (reloading) return;
			reloading = true;
			location.reload();
		};
		const onVisible = () => {
			if (document.visibilityState === 'visible') void this.#registration?.update().catch(() => {});
		};
		container.addEventListener('controllerchange', onControllerChange);
		document.addEventListener('visibilitychange', onVisible);
		void container.getRegistration().then((registration) => {
			if (!registration) return;
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
		this.#registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
	}
}
