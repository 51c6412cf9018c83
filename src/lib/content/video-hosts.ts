import hosts from './video-hosts.json';

/**
 * The only hosts whose videos a module may embed, kept in `video-hosts.json`: the content
 * schema checks `videoEmbedSrc` against it and svelte.config.js builds the CSP `frame-src` from it.
 */
export const VIDEO_HOSTS: readonly string[] = hosts;

/**
 * True when the URL is https on an allow-listed video host, on the default port and without
 * `user:password@`: the CSP `frame-src` allows exactly `https://<host>`, so anything else loads nothing.
 */
export function isAllowedVideoUrl(value: string): boolean {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return false;
	}
	return (
		url.protocol === 'https:' &&
		VIDEO_HOSTS.includes(url.hostname) &&
		url.port === '' &&
		url.username === '' &&
		url.password === ''
	);
}

/** The CSP `frame-src` sources for the allow-listed hosts. */
export function videoFrameSources(): string[] {
	return VIDEO_HOSTS.map((host) => `https://${host}`);
}
