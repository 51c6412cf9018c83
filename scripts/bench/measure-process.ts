// Runs a command and measures its wall time and its peak memory: the resident memory of the process
// and all its descendants, summed, polled every 50 ms from /proc (Linux). Vite's build runs
// SvelteKit's analysis and prerender in worker threads (counted with their process) and esbuild as a
// child process (counted through the tree). CPU time (user + system, the command and the children
// it waited for, through GNU time when installed) says what the work cost whatever the machine's
// load, which the wall time does not on a shared machine.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Wall time and peak memory of one run. */
export interface ProcessFigures {
	wallMs: number;
	/** Peak of the summed resident memory of the process tree, in MB; NaN without /proc. */
	peakMb: number;
	/** User + system CPU time, in ms; NaN without GNU time (/usr/bin/time). */
	cpuMs: number;
}

const GNU_TIME = '/usr/bin/time';

function childrenOf(pid: number): number[] {
	const tasks = `/proc/${pid}/task`;
	if (!existsSync(tasks)) return [];
	return readdirSync(tasks).flatMap((task) => {
		try {
			return readFileSync(`${tasks}/${task}/children`, 'utf8')
				.split(' ')
				.filter(Boolean)
				.map(Number);
		} catch {
			return [];
		}
	});
}

function residentKb(pid: number): number {
	try {
		const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) : 0;
	} catch {
		return 0;
	}
}

function treeResidentKb(root: number): number {
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		total += residentKb(pid);
		stack.push(...childrenOf(pid));
	}
	return total;
}

/** Runs `command args` with extra environment; rejects with its output when it fails. */
export function measureProcess(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv = {}
): Promise<ProcessFigures> {
	const timing = existsSync(GNU_TIME) ? mkdtempSync(join(tmpdir(), 'capsules-time-')) : undefined;
	const timeFile = timing ? join(timing, 'time.txt') : '';
	const [program, programArgs] = timing
		? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]]
		: [command, args];
	const cpuMs = () => {
		if (!timing) return Number.NaN;
		const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ');
		rmSync(timing, { recursive: true, force: true });
		return (Number(user) + Number(system)) * 1000;
	};
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(program, programArgs, {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
		child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
		const canPoll = existsSync('/proc/self/status');
		let peakKb = 0;
		const poll = () => {
			if (child.pid !== undefined) peakKb = Math.max(peakKb, treeResidentKb(child.pid));
		};
		const timer = canPoll ? setInterval(poll, 50) : undefined;
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(timer);
			const wallMs = performance.now() - started;
			if (code !== 0) {
				reject(new Error(`${command} ${args.join(' ')} a échoué (${code}) :\n${output}`));
				return;
			}
			resolve({ wallMs, peakMb: canPoll ? peakKb / 1024 : Number.NaN, cpuMs: cpuMs() });
		});
	});
}
