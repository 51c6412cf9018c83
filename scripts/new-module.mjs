// `npm run new-module -- <slug> [--area "Domaine 1"] [--title "Titre"]`: writes content/<slug>.md
// and quizzes/<slug>.yaml from the commented templates in scripts/templates/ (one question of
// each type), then checks them as `npm run content:check` does. Refuses an invalid slug, and
// never overwrites: a slug already used by a module, extras or quiz file is an error.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentPipeline } from './content-pipeline.mjs';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const templates = join(dirname(fileURLToPath(import.meta.url)), 'templates');

/** @param {string} message */
function fail(message) {
	console.error(message);
	process.exit(1);
}

/** A text as a YAML single-quoted scalar: inner apostrophes doubled. @param {string} text */
const quoted = (text) => text.replaceAll("'", "''");

/** Every file name under `dir`, at any depth. @param {string} dir */
function namesUnder(dir) {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((entry) => basename(entry));
}

const USAGE =
	'Usage : npm run new-module -- <slug> [--area "Domaine 1"] [--title "Titre du module"]';
/** @type {{ values: { area?: string, title?: string }, positionals: string[] }} */
let args = { values: {}, positionals: [] };
try {
	args = parseArgs({
		allowPositionals: true,
		options: { area: { type: 'string' }, title: { type: 'string' } }
	});
} catch (error) {
	fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const { values, positionals } = args;
const [slug] = positionals;
if (!slug || positionals.length > 1) {
	fail(USAGE);
}
if (!SLUG.test(slug)) {
	fail(
		`« ${slug} » n’est pas un identifiant valable : minuscules sans accent, chiffres et tirets simples (ex. messagerie-academique).`
	);
}

const { contentDirsFromEnv, loadContent, formatIssue } = await contentPipeline();
const { contentDir, quizzesDir } = contentDirsFromEnv();
const show = (/** @type {string} */ path) => relative(process.cwd(), path) || path;
const taken = [
	...namesUnder(contentDir).filter(
		(name) => name === `${slug}.md` || name === `${slug}.extras.yaml`
	),
	...namesUnder(quizzesDir).filter((name) => name === `${slug}.yaml`)
];
if (taken.length > 0) {
	fail(
		`Le module « ${slug} » existe déjà (${taken.join(', ')}) : rien n’a été écrit. Choisissez un autre nom, ou modifiez les fichiers existants.`
	);
}

const fill = (/** @type {string} */ template) =>
	readFileSync(join(templates, template), 'utf8')
		.replaceAll('{{slug}}', slug)
		.replaceAll('{{area}}', quoted(values.area ?? 'À COMPLÉTER'))
		.replaceAll('{{title}}', quoted(values.title ?? 'À COMPLÉTER : le titre du module'));
const modulePath = join(contentDir, `${slug}.md`);
const quizPath = join(quizzesDir, `${slug}.yaml`);
mkdirSync(contentDir, { recursive: true });
mkdirSync(quizzesDir, { recursive: true });
writeFileSync(modulePath, fill('module.md'), { flag: 'wx' });
writeFileSync(quizPath, fill('quiz.yaml'), { flag: 'wx' });
console.log(`Écrits : ${show(modulePath)} et ${show(quizPath)}.`);

const files = new Set([show(modulePath), show(quizPath)]);
const issues = loadContent({ contentDir, quizzesDir }).issues.filter((issue) =>
	files.has(issue.file)
);
for (const issue of issues) console.log(formatIssue(issue));
if (issues.some((issue) => issue.severity === 'error')) process.exitCode = 1;
console.log(
	`Ensuite : remplacez chaque « À COMPLÉTER », puis \`npm run dev\` et ouvrez /modules/${slug} (et /modules/${slug}?apercu pour relire toutes les solutions et tous les retours).`
);
