/**
 * The only hosts whose videos a module may embed. One list for the whole app: the content
 * schema checks `videoEmbedSrc` against it and the frame policy (CSP `frame-src`) is built from it.
 */
export const VIDEO_HOSTS = ['tube.reseau-canope.fr'] as const;

/** True when the URL is https on an allow-listed video host. */
export function isAllowedVideoUrl(value: string): boolean {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return false;
	}
	return url.protocol === 'https:' && (VIDEO_HOSTS as readonly string[]).includes(url.hostname);
}

/** The CSP `frame-src` sources for the allow-listed hosts. */
export function videoFrameSources(): string[] {
	return VIDEO_HOSTS.map((host) => `https://${host}`);
}
