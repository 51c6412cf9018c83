// `npm run package [-- --rebuild]`: a SCORM 1.2 package of every module that has a quiz, in
// dist/scorm/<slug>.zip, one line printed per package. Builds the site for packages first
// (VITE_CAPSULES_PACKAGE=scorm, in build-scorm/) when it is missing or older than its sources.
// A quiz whose attempt might not fit SCORM 1.2's suspend data gets no package, and the command
// fails saying why. Trainers' guide: docs/formateurs/scorm.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { suspendBudget } from '../src/lib/scorm/suspend-data';
import { contentPipeline } from './content-pipeline.mjs';
import { buildPackage, licenceOf, newestChange, type ScormPackage } from './lib/scorm-package';

/** Where `npm run package` builds the site it packages, and writes the zips. */
export const SCORM_BUILD_DIR = resolve(process.env.SCORM_BUILD_DIR ?? 'build-scorm');
export const SCORM_OUT_DIR = resolve('dist/scorm');

const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/** Builds the site for packages unless it is newer than everything it is made of. */
export function buildForPackages(
	buildDir: string,
	contentDirs: string[],
	force = false
): { built: boolean } {
	const index = join(buildDir, 'index.html');
	const fresh =
		!force &&
		existsSync(index) &&
		newestChange([...SOURCES, ...contentDirs]) < statSync(index).mtimeMs;
	if (fresh) return { built: false };
	console.log(`Construction du site pour les paquetages (${relative(process.cwd(), buildDir)})…`);
	const result = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
		stdio: 'inherit',
		env: {
			...process.env,
			VITE_CAPSULES_PACKAGE: 'scorm',
			BUILD_DIR: buildDir,
			VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true'
		}
	});
	if (result.status !== 0) throw new Error('la construction du site a échoué');
	return { built: true };
}

/** What `packageModules` made, and what it refused, in French. */
export interface PackagingReport {
	packages: ScormPackage[];
	errors: string[];
	warnings: string[];
}

/** Packages every module with a quiz from an up-to-date package build; writes nothing. */
export async function packageModules(
	options: { buildDir?: string; rebuild?: boolean } = {}
): Promise<PackagingReport> {
	const buildDir = options.buildDir ?? SCORM_BUILD_DIR;
	const { contentDirsFromEnv, formatIssue, loadContent } = await contentPipeline();
	const dirs = contentDirsFromEnv();
	const loaded = loadContent(dirs);
	const contentErrors = loaded.issues.filter((issue) => issue.severity === 'error');
	if (contentErrors.length > 0) {
		return { packages: [], errors: contentErrors.map(formatIssue), warnings: [] };
	}
	const report: PackagingReport = { packages: [], errors: [], warnings: [] };
	// Budgets first: a quiz refused needs no site build to say so.
	const modules = [...loaded.modules].sort((a, b) => (a.slug < b.slug ? -1 : 1));
	const toPackage = modules.flatMap((module) => {
		const quiz = loaded.quizzes.get(module.slug);
		if (!quiz) return [];
		const { problems } = suspendBudget(quiz);
		report.errors.push(...problems.map((p) => `${module.file} (paquetage SCORM)\u00a0: ${p}`));
		return problems.length > 0 ? [] : [{ module, quiz }];
	});
	if (toPackage.length === 0) return report;
	buildForPackages(buildDir, [dirs.contentDir, dirs.quizzesDir], options.rebuild);
	for (const { module, quiz } of toPackage) {
		let licence = licenceOf(module.creditsHtml);
		if (!licence) {
			report.warnings.push(
				`${module.file} (paquetage SCORM)\u00a0: pas de ligne « Licence » dans les crédits\u202f; le manifeste renvoie aux crédits du module`
			);
			licence = 'Voir les crédits du module.';
		}
		const pkg = buildPackage(buildDir, module, quiz, licence);
		report.warnings.push(
			...pkg.deadLinks.map(
				(link) =>
					`${module.file} (paquetage SCORM)\u00a0: lien vers une page absente\u00a0: ${link}`
			)
		);
		report.packages.push(pkg);
	}
	return report;
}

const sizeText = (bytes: number) =>
	`${(bytes / 1024).toFixed(1).replace('.', ',')}\u00a0Ko (${bytes.toLocaleString('fr-FR')} octets)`;

async function main(): Promise<void> {
	const report = await packageModules({ rebuild: process.argv.includes('--rebuild') });
	for (const warning of report.warnings) console.warn(warning);
	rmSync(SCORM_OUT_DIR, { recursive: true, force: true });
	mkdirSync(SCORM_OUT_DIR, { recursive: true });
	for (const pkg of report.packages) {
		const path = join(SCORM_OUT_DIR, `${pkg.slug}.zip`);
		writeFileSync(path, pkg.zip);
		console.log(
			`${relative(process.cwd(), path)}  ${sizeText(pkg.zip.length)}, ${pkg.files.length} fichiers`
		);
	}
	for (const error of report.errors) console.error(error);
	if (report.errors.length > 0) {
		console.error(`${report.errors.length} erreur(s)\u00a0: paquetage(s) non écrit(s).`);
		process.exitCode = 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	await main();
}
