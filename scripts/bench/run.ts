// `npm run bench [-- --quick]`: builds the site, runs every section and prints one Markdown table
// (also written to bench/latest.md). A budget that fails prints FAIL but does not fail the command:
// timing noise must not break CI. A section that breaks does (exit 1).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import os from 'node:os';
import type { BenchRow, BenchSection } from './types';

const quick = process.argv.includes('--quick');
const only = process.argv
	.find((arg) => arg.startsWith('--only='))
	?.slice('--only='.length)
	.split(',');
const buildDir = resolve('build');

// Each section is a file next to this one; a missing file is skipped with a note.
const SECTIONS = [
	'page-weight',
	'lighthouse',
	'content-scale',
	'catalogue-scale',
	'search-weight',
	'quiz',
	'quiz-start',
	'password',
	'progress',
	'scorm',
	'offline'
];

function verdict(row: BenchRow): string {
	if (!row.budget) return '';
	const { max, min } = row.budget;
	const pass = (max === undefined || row.value <= max) && (min === undefined || row.value >= min);
	return pass ? 'PASS' : 'FAIL';
}

function budgetText(row: BenchRow): string {
	if (!row.budget) return '';
	const parts = [];
	if (row.budget.max !== undefined) parts.push(`≤ ${row.budget.max} ${row.unit}`);
	if (row.budget.min !== undefined) parts.push(`≥ ${row.budget.min} ${row.unit}`);
	return parts.join(', ');
}

function format(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	if (Math.abs(value) >= 100) return value.toFixed(0);
	if (Math.abs(value) >= 1) return value.toFixed(2);
	return value.toPrecision(2);
}

console.log(`Construction du site (${buildDir})…`);
const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
	stdio: 'inherit',
	env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }
});
if (build.status !== 0) process.exit(1);

const lines = [
	`# Capsules benchmark${quick ? ' (quick)' : ''}`,
	'',
	`${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ''}`,
	'',
	'| Section | Figure | Value | Budget | Result |',
	'| --- | --- | ---: | --- | --- |'
];
let broken = 0;
for (const name of SECTIONS) {
	if (only && !only.includes(name)) continue;
	const file = resolve('scripts/bench', `${name}.ts`);
	if (!existsSync(file)) {
		lines.push(`| ${name} | (not written yet) | | | |`);
		continue;
	}
	console.log(`Section ${name}…`);
	try {
		const section = (await import(file)).default as BenchSection;
		for (const row of await section({ quick, buildDir })) {
			lines.push(
				`| ${name} | ${row.figure} | ${format(row.value)} ${row.unit} | ${budgetText(row)} | ${verdict(row)} |`
			);
		}
	} catch (error) {
		broken++;
		console.error(`Section ${name} cassée :`, error);
		lines.push(
			`| ${name} | BROKEN: ${String((error as Error).message).split('\n')[0]} | | | ERROR |`
		);
	}
}

const table = lines.join('\n');
console.log(`\n${table}\n`);
// The quick smoke run (CI) must not overwrite the full figures the README quotes.
const output = quick ? 'bench/quick.md' : 'bench/latest.md';
mkdirSync('bench', { recursive: true });
writeFileSync(output, `${table}\n`);
console.log(`Écrit dans ${output}`);
process.exitCode = broken > 0 ? 1 : 0;
