// What an import file must satisfy beyond its shape: dates that exist, no duplicates, attempts
// that are possible for the quiz they belong to, modules this site offers. A date out of range
// is no reason to refuse: a wrong clock wrote it, and Capsules exports what it recorded.
import { quantity } from '../french';
import { impossibleAttempt, type QuizFacts } from './attempt-rules';
import { isRealDate } from './dates';
import type { ExportFile } from './export-format';
import { videoDateFields, videoImportProblem } from './video-records';

export type { QuizFacts } from './attempt-rules';

/** Why the content of a well-formed file was refused. */
export type ContentRefusal =
	| 'invalid-date'
	| 'invalid-shape'
	| 'inconsistent-score'
	| 'impossible-attempt'
	| 'duplicate-module'
	| 'duplicate-attempt'
	| 'unknown-modules';

/** A refusal with its message (without the closing "nothing changed"). */
export interface ContentProblem {
	reason: ContentRefusal;
	message: string;
}

/** Every date of the file with where it sits, for messages. */
function* datedFields(file: ExportFile): Generator<[path: string, value: string]> {
	yield ['exportedAt', file.exportedAt];
	for (const [m, module] of file.modules.entries()) {
		const at = `modules[${m}]`;
		yield [`${at}.startedAt`, module.startedAt];
		yield [`${at}.updatedAt`, module.updatedAt];
		if (module.videoWatchedAt !== null) yield [`${at}.videoWatchedAt`, module.videoWatchedAt];
		if (module.video) {
			for (const field of videoDateFields(module.video, `${at}.video`)) {
				yield [field.path, field.value];
			}
		}
		for (const [a, attempt] of module.attempts.entries()) {
			yield [`${at}.attempts[${a}].startedAt`, attempt.startedAt];
			yield [`${at}.attempts[${a}].endedAt`, attempt.endedAt];
		}
	}
}

/** The first problem of a well-formed file's content, or undefined when it can be imported. */
export function contentProblem(
	file: ExportFile,
	knownSlugs: ReadonlySet<string>,
	quizzes: ReadonlyMap<string, QuizFacts>
): ContentProblem | undefined {
	for (const [path, value] of datedFields(file)) {
		if (!isRealDate(value)) {
			return { reason: 'invalid-date', message: `La date « ${value} » (${path}) n’existe pas.` };
		}
	}
	const seenSlugs = new Set<string>();
	const seenIds = new Set<string>();
	for (const [m, module] of file.modules.entries()) {
		if (seenSlugs.has(module.slug)) {
			return {
				reason: 'duplicate-module',
				message: `Le module « ${module.slug} » apparaît deux fois dans ce fichier.`
			};
		}
		seenSlugs.add(module.slug);
		const videoProblem =
			module.video && videoImportProblem(module.video, file.version, `modules[${m}]`);
		if (videoProblem) return { reason: 'invalid-shape', message: videoProblem };
		const seenRuns = new Set<string>();
		for (const [a, attempt] of module.attempts.entries()) {
			const where = `modules[${m}].attempts[${a}]`;
			if (attempt.score > attempt.total) {
				return {
					reason: 'inconsistent-score',
					message: `Dans ${where}, le score (${attempt.score}) dépasse le nombre de questions (${attempt.total}).`
				};
			}
			const impossible = impossibleAttempt(attempt, quizzes.get(module.slug));
			if (impossible) {
				return {
					reason: 'impossible-attempt',
					message: `La tentative ${where} (module « ${module.slug} ») est impossible\u00a0: ${impossible}. Ce fichier a sans doute été modifié.`
				};
			}
			const run = `${attempt.startedAt}|${attempt.endedAt}`;
			if (seenIds.has(attempt.id) || seenRuns.has(run)) {
				return {
					reason: 'duplicate-attempt',
					message: `La tentative ${where} (module « ${module.slug} ») figure deux fois dans ce fichier.`
				};
			}
			seenIds.add(attempt.id);
			seenRuns.add(run);
		}
	}
	const unknown = file.modules.map((module) => module.slug).filter((slug) => !knownSlugs.has(slug));
	if (unknown.length > 0) {
		const listed = unknown
			.slice(0, 5)
			.map((slug) => `« ${slug} »`)
			.join(', ');
		const more = unknown.length > 5 ? ` et ${quantity(unknown.length - 5, 'autre')}` : '';
		return {
			reason: 'unknown-modules',
			message: `Ce fichier contient la progression de modules que ce site ne propose pas : ${listed}${more}. Il vient peut-être d’un autre site Capsules.`
		};
	}
	return undefined;
}
