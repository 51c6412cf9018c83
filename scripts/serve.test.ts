// `npm run preview`, as the README documents it: serves a built site on loopback.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

describe('npm run preview', () => {
	const site = mkdtempSync(join(tmpdir(), 'capsules-preview-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));

	it('runs a command that exists and serves the folder it is given', async () => {
		const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
			scripts: Record<string, string>;
		};
		expect(scripts.preview).toBe('tsx scripts/serve.ts');
		writeFileSync(join(site, 'index.html'), '<!doctype html><title>Capsules</title>');
		// Its own process group, so that the test stops tsx and the node it starts, by id.
		const child = spawn(
			'node_modules/.bin/tsx',
			['scripts/serve.ts', '--port', '0', '--dir', site],
			{ detached: true, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		try {
			const url = await new Promise<string>((resolve, reject) => {
				let output = '';
				const timer = setTimeout(() => reject(new Error(output)), 30_000);
				child.stdout!.on('data', (chunk: Buffer) => {
					output += chunk.toString();
					const match = /servi sur (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
					if (match) {
						clearTimeout(timer);
						resolve(match[1]!);
					}
				});
			});
			const response = await fetch(`${url}/`);
			expect(response.status).toBe(200);
			expect(await response.text()).toContain('<title>Capsules</title>');
		} finally {
			process.kill(-child.pid!, 'SIGTERM');
		}
	}, 40_000);
});
