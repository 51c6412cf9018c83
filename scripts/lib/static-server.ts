import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
	close: () => Promise<void>;
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

/**
 * Serves a built static site on loopback the way a plain web server would (no SPA fallback:
 * every page must exist as a prerendered file). `basePath` mounts it under a sub-path.
 */
export async function startStaticServer(
	options: { dir?: string; basePath?: string; port?: number } = {}
): Promise<StaticServer> {
	const root = resolve(options.dir ?? 'build');
	const basePath = options.basePath ?? '';
	if (!existsSync(join(root, 'index.html'))) {
		throw new Error(`${root}/index.html introuvable : lancez d’abord « npm run build ».`);
	}
	const overrides = new Map<string, string>();
	const server: Server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
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
		if (
			/text|javascript|json|svg/.test(type) &&
			/\bgzip\b/.test(String(request.headers['accept-encoding']))
		) {
			const body = gzipSync(readFileSync(file));
			response.writeHead(200, {
				'content-type': type,
				'content-encoding': 'gzip',
				'content-length': body.length,
				'cache-control': 'no-cache',
				vary: 'accept-encoding'
			});
			response.end(body);
			return;
		}
		response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		url: `${origin}${basePath}`,
		origin,
		override: (path, body) => overrides.set(`${basePath}${path}`, body),
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}
