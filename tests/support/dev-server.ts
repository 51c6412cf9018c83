// `vite dev` started by a test, on loopback and a free port, and stopped by its own process id.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A running dev server. */
export interface DevServer {
	url: string;
	/** Everything the server printed, to explain a failure. */
	output: () => string;
	close: () => Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

function stop(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

/** Starts `vite dev` with extra environment variables and waits until it answers. */
export async function startDevServer(env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'dev',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--strictPort'
		],
		{ env: { ...process.env, ...env, BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 90_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`vite dev s’est arrêté :\n${output}`);
		try {
			await fetch(`${url}/@vite/client`);
			break;
		} catch {
			if (Date.now() > deadline) {
				await stop(child);
				throw new Error(`vite dev ne répond pas :\n${output}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	return { url, output: () => output, close: () => stop(child) };
}
