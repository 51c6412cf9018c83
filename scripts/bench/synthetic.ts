// A real-sized synthetic site: each module is a copy of the first real module (its Markdown with
// the full transcription, its extras sidecar with notes and objectives, its 19-question quiz),
// with its own title, area, description and one word of its own in the transcription. The bench's
// figures then cost what a real catalogue costs (the former three-question modules were a third
// of the work of a real one).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The module every synthetic one copies. */
export const SOURCE_SLUG = 'messagerie-academique';

/** Areas the synthetic modules are spread over (a real académie catalogue has about ten). */
export const SYNTHETIC_AREAS = [
	'Messagerie et communication',
	'Sécurité numérique',
	'Données personnelles',
	'Outils collaboratifs',
	'Environnement numérique de travail',
	'Vie scolaire',
	'Accessibilité',
	'Pédagogie et numérique'
];

const SYLLABLES = ['ba', 'ko', 'ri', 'tu', 'mé', 'lo', 'za', 'pi', 'ne', 'vu', 'sa', 'gu'];

/**
 * A made-up word no other module holds ("zakorilu…"), so that a search for it must find exactly
 * module `index` through its transcription.
 */
export function transcriptOnlyWord(index: number): string {
	let word = 'zor';
	let rest = index;
	do {
		word += SYLLABLES[rest % SYLLABLES.length];
		rest = Math.floor(rest / SYLLABLES.length);
	} while (rest > 0);
	return `${word}que`;
}

interface SourceFiles {
	module: string;
	extras: string;
	quiz: string;
}

function readSource(root: string): SourceFiles {
	const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
	return {
		module: read(`content/${SOURCE_SLUG}.md`),
		extras: read(`content/${SOURCE_SLUG}.extras.yaml`),
		quiz: read(`quizzes/${SOURCE_SLUG}.yaml`)
	};
}

const yamlString = (value: string) => JSON.stringify(value);

/** The source module with its own front matter and a last transcription paragraph of its own. */
function moduleCopy(source: string, index: number): string {
	const end = source.indexOf('\n---', 4);
	if (!source.startsWith('---') || end < 0) throw new Error(`${SOURCE_SLUG}.md : pas d’en-tête`);
	const frontMatter = source
		.slice(4, end)
		.split('\n')
		.filter((line) => !/^(area|title|description):/.test(line));
	const area = SYNTHETIC_AREAS[index % SYNTHETIC_AREAS.length]!;
	const head = [
		`area: ${yamlString(area)}`,
		`title: ${yamlString(`Module ${index} : la messagerie académique, pas à pas`)}`,
		`description: ${yamlString(`Copie n° ${index} du premier module, pour mesurer un catalogue de taille réelle.`)}`,
		...frontMatter
	].join('\n');
	const body = source
		.slice(end + 4)
		.replace(
			/\n## Crédits/,
			`\nPour retrouver ce module, retenez le mot ${transcriptOnlyWord(index)}.\n\n## Crédits`
		);
	return `---\n${head}\n---${body}`;
}

/** Writes `count` real-sized modules and their quizzes under `root/content` and `root/quizzes`. */
export function writeSyntheticSite(
	root: string,
	count: number,
	projectRoot = process.cwd()
): { contentDir: string; quizzesDir: string } {
	const source = readSource(projectRoot);
	const contentDir = join(root, 'content');
	const quizzesDir = join(root, 'quizzes');
	mkdirSync(contentDir, { recursive: true });
	mkdirSync(quizzesDir, { recursive: true });
	for (let index = 1; index <= count; index++) {
		const slug = `module-${index}`;
		writeFileSync(join(contentDir, `${slug}.md`), moduleCopy(source.module, index));
		writeFileSync(join(contentDir, `${slug}.extras.yaml`), source.extras);
		writeFileSync(join(quizzesDir, `${slug}.yaml`), source.quiz);
	}
	return { contentDir, quizzesDir };
}
