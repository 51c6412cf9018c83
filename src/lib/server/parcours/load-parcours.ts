import { existsSync, readdirSync } from 'node:fs';
import { readAuthorFile } from '../content/read-source';
import { join } from 'node:path';
import type { ContentIssue } from '../content/issues';
import { SLUG_PATTERN } from '../content/module-schema';
import { parseYaml, YamlSyntaxError } from '../content/yaml';
import { zodIssuesToContentIssues } from '../content/zod-issues';
import type { Parcours, ParcoursModule } from '../../parcours/types';
import { PARCOURS_KEYS, ParcoursFileSchema } from './schema';

/** The folder of parcours files, inside the content folder. */
export const PARCOURS_DIR = 'parcours';
const EXT = '.yaml';

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/**
 * Validates one parcours file against the modules that exist. Every problem is reported, each
 * with the file and the field (`modules.2` is the second module); the parcours comes back only
 * when there is none.
 */
export function parseParcours(
	file: string,
	slug: string,
	source: string,
	modules: ReadonlyMap<string, ParcoursModule>
): { parcours?: Parcours & { order?: number }; issues: ContentIssue[] } {
	const error = (field: string, message: string): ContentIssue => ({
		file,
		field,
		message,
		severity: 'error'
	});
	const issues: ContentIssue[] = [];
	if (!SLUG_PATTERN.test(slug)) {
		issues.push(
			error(
				'nom du fichier',
				`« ${slug} » n’est pas un identifiant valable : minuscules sans accent, chiffres et tirets simples`
			)
		);
	}
	let data: unknown;
	try {
		data = parseYaml(source) ?? {};
	} catch (caught) {
		if (!(caught instanceof YamlSyntaxError)) throw caught;
		const line = caught.line === undefined ? '' : ` ligne ${caught.line}`;
		return { issues: [...issues, error('', `erreur de syntaxe YAML${line} : ${caught.message}`)] };
	}
	const parsed = ParcoursFileSchema.safeParse(data);
	if (!parsed.success) {
		const fieldName = (path: readonly PropertyKey[]) =>
			path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join('.');
		issues.push(
			...zodIssuesToContentIssues(file, parsed.error, data, {
				allowedKeys: PARCOURS_KEYS,
				fieldName
			})
		);
		return { issues };
	}
	const seen = new Map<string, number>();
	const listed: ParcoursModule[] = [];
	parsed.data.modules.forEach((moduleSlug, index) => {
		const field = `modules.${index + 1}`;
		const first = seen.get(moduleSlug);
		if (first !== undefined) {
			issues.push(error(field, `« ${moduleSlug} » figure déjà en position ${first}`));
			return;
		}
		seen.set(moduleSlug, index + 1);
		const module = modules.get(moduleSlug);
		if (!module) {
			issues.push(
				error(
					field,
					`aucun module « ${moduleSlug} » : le nom doit être celui d’un fichier content/${moduleSlug}.md`
				)
			);
			return;
		}
		listed.push(module);
	});
	if (issues.length > 0) return { issues };
	const { title, description, order } = parsed.data;
	return {
		parcours: {
			slug,
			title,
			description,
			modules: listed,
			...(order === undefined ? {} : { order })
		},
		issues
	};
}

/**
 * Reads every `content/parcours/<slug>.yaml`, in catalogue order (the author's `order`, then by
 * title). A missing folder means no parcours.
 */
export function loadParcours(
	dir: string,
	modules: ReadonlyMap<string, ParcoursModule>,
	show: (path: string) => string,
	/** Each file's text, by displayed path, for the content check to give errors their line. */
	sources?: Map<string, string>
): { parcours: Parcours[]; issues: ContentIssue[] } {
	if (!existsSync(dir)) return { parcours: [], issues: [] };
	const issues: ContentIssue[] = [];
	const found: (Parcours & { order?: number })[] = [];
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (!name.endsWith(EXT)) {
			issues.push({
				file: show(path),
				field: '',
				message: 'fichier ignoré : un parcours est un fichier .yaml',
				severity: 'warning'
			});
			continue;
		}
		// Read as every author's file is: UTF-8 only, a BOM dropped, a size limit.
		const file = show(path);
		const read = readAuthorFile(path, file);
		issues.push(...read.issues);
		if (read.source === undefined) continue;
		sources?.set(file, read.source);
		const result = parseParcours(file, name.slice(0, -EXT.length), read.source, modules);
		issues.push(...result.issues);
		if (result.parcours) found.push(result.parcours);
	}
	found.sort(
		(a, b) =>
			(a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
			collator.compare(a.title, b.title)
	);
	return { parcours: found.map(({ order: _order, ...parcours }) => parcours), issues };
}
