import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};

export interface StaticServer {
	/** Origin plus base path, without a trailing slash (e.g. http://127.0.0.1:41234/formation). */
	url: string;
	origin: string;
	/** Serves other bytes for one path from now on (a test deploys a "new version"). */
	override: (path: string, body: string) => void;
	/** Serves another built site from now on, as a deployment that replaces the files would. */
	swap: (dir: string) => void;
	/** Requests answered and bytes sent (headers and bodies, as on the wire) since the start. */
	traffic: () => { requests: number; bytes: number };
	close: () => Promise<void>;
}

/** How the server tells browsers to cache what is not under `_app/immutable/`. */
export interface StaticServerOptions {
	dir?: string;
	basePath?: string;
	port?: number;
	/**
	 * A `Cache-Control` value for every file but the immutable ones (a host sending
	 * `max-age=600`). By default, none, like the nginx configuration of docs/hebergement.md:
	 * Last-Modified and ETag only, so browsers cache pages heuristically.
	 */
	cacheControl?: string;
}

function resolveFile(root: string, pathname: string): string | undefined {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return undefined;
	// Same lookup as nginx `try_files $uri $uri.html $uri/index.html`.
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}

/** nginx's headers for a file: `expires 1y` for immutable files, `expires -1` for the worker. */
function cachingHeaders(
	pathname: string,
	cacheControl: string | undefined
): Record<string, string> {
	if (pathname.includes('/_app/immutable/')) return { 'cache-control': 'max-age=31536000' };
	if (cacheControl) return { 'cache-control': cacheControl };
	if (pathname.endsWith('/service-worker.js')) return { 'cache-control': 'no-cache' };
	return {};
}

/** nginx's validators: ETag `"mtime-size"` in hex (weak once gzipped) and Last-Modified. */
function validators(file: string, gzipped: boolean): { etag: string; 'last-modified': string } {
	const { mtime, size } = statSync(file);
	const tag = `"${Math.floor(mtime.getTime() / 1000).toString(16)}-${size.toString(16)}"`;
	return { etag: gzipped ? `W/${tag}` : tag, 'last-modified': mtime.toUTCString() };
}

/** Whether the browser's copy is still the file (nginx: If-None-Match, else exact If-Modified-Since). */
function notModified(
	headers: IncomingHttpHeaders,
	current: { etag: string; 'last-modified': string }
): boolean {
	const strong = (tag: string) => tag.trim().replace(/^W\//, '');
	const ifNoneMatch = headers['if-none-match'];
	if (ifNoneMatch) {
		return ifNoneMatch.split(',').some((tag) => strong(tag) === strong(current.etag));
	}
	return headers['if-modified-since'] === current['last-modified'];
}

/**
 * Serves a built static site on loopback the way the nginx configuration of docs/hebergement.md
 * does: no SPA fallback (every page must exist as a prerendered file), `/page/` redirected to
 * `/page`, 404.html for the rest, gzip, validators and 304s. `basePath` mounts it under a sub-path.
 */
export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
	let root = resolve(options.dir ?? 'build');
	const basePath = options.basePath ?? '';
	const checkRoot = (dir: string) => {
		if (!existsSync(join(dir, 'index.html'))) {
			throw new Error(`${dir}/index.html introuvable : lancez d’abord « npm run build ».`);
		}
	};
	checkRoot(root);
	const overrides = new Map<string, string>();
	let requests = 0;
	let closedBytes = 0;
	const sockets = new Set<Socket>();
	const server: Server = createServer((request, response) => {
		requests++;
		const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
		const overridden = overrides.get(pathname);
		if (overridden !== undefined) {
			response.writeHead(200, {
				'content-type': TYPES[extname(pathname)] ?? 'application/octet-stream',
				'cache-control': 'no-cache'
			});
			response.end(overridden);
			return;
		}
		if (!pathname.startsWith(`${basePath}/`) && pathname !== basePath) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		// nginx `rewrite ^(/.+)/$ $1 permanent;`: one address per page (the site's root keeps its slash).
		if (pathname.length > basePath.length + 1 && pathname.endsWith('/')) {
			response.writeHead(301, { location: `${pathname.replace(/\/+$/, '')}${search}` }).end();
			return;
		}
		const file = resolveFile(root, pathname.slice(basePath.length) || '/');
		if (!file) {
			const notFound = join(root, '404.html');
			response.writeHead(404, { 'content-type': TYPES['.html']! });
			if (existsSync(notFound)) createReadStream(notFound).pipe(response);
			else response.end('Not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// Compress text like any production server (nginx `gzip on`), so that measured pages
		// travel at their real size.
		const gzip =
			/text|javascript|json|svg/.test(type) &&
			/\bgzip\b/.test(String(request.headers['accept-encoding']));
		const tags = validators(file, gzip);
		const headers = {
			'content-type': type,
			...tags,
			...cachingHeaders(pathname, options.cacheControl),
			...(gzip ? { vary: 'accept-encoding' } : {})
		};
		if (notModified(request.headers, tags)) {
			response.writeHead(304, headers).end();
			return;
		}
		if (gzip) {
			const body = gzipSync(readFileSync(file));
			response.writeHead(200, {
				...headers,
				'content-encoding': 'gzip',
				'content-length': body.length
			});
			response.end(body);
			return;
		}
		response.writeHead(200, headers);
		createReadStream(file).pipe(response);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => {
			closedBytes += socket.bytesWritten;
			sockets.delete(socket);
		});
	});
	await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		url: `${origin}${basePath}`,
		origin,
		override: (path, body) => overrides.set(`${basePath}${path}`, body),
		traffic: () => ({
			requests,
			bytes: [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, closedBytes)
		}),
		swap: (dir) => {
			const next = resolve(dir);
			checkRoot(next);
			root = next;
		},
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}
