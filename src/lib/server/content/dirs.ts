import { resolve } from 'node:path';
import type { ContentDirs } from './load-content';

/**
 * The author folders: `content/` and `quizzes/` at the project root, or the folders named by
 * CAPSULES_CONTENT_DIR / CAPSULES_QUIZZES_DIR (the benchmark builds synthetic sites that way).
 */
export function contentDirsFromEnv(env: NodeJS.ProcessEnv = process.env): ContentDirs {
	return {
		contentDir: resolve(env.CAPSULES_CONTENT_DIR ?? 'content'),
		quizzesDir: resolve(env.CAPSULES_QUIZZES_DIR ?? 'quizzes')
	};
}
