/** Whether the browser believes it is online; prerendered pages assume it is. */
export class NetworkStatus {
	online = $state(true);

	/** Starts following the browser's online/offline events; returns a function that stops. */
	watch(): () => void {
		const update = () => (this.online = navigator.onLine);
		update();
		window.addEventListener('online', update);
		window.addEventListener('offline', update);
		return () => {
			window.removeEventListener('online', update);
			window.removeEventListener('offline', update);
		};
	}
}
