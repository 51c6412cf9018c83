// The catalogue's status filter, pure: on the list of every module (filters alone) or on search
// results. (The area filter is Pagefind's for a search, a plain comparison on the list otherwise.)
import type { ModuleProgress, ModuleStatus } from '$lib/progress';

/** The filter labels, in the words of the catalogue. */
export const STATUS_FILTER_LABELS: Record<ModuleStatus, string> = {
	'not-started': 'Non commencé',
	'in-progress': 'En cours',
	completed: 'Réussi'
};

/** A module's status from the learner's stored progress (nothing stored: not started). */
export function statusOf(
	progress: ReadonlyMap<string, Pick<ModuleProgress, 'status'>>,
	slug: string
): ModuleStatus {
	return progress.get(slug)?.status ?? 'not-started';
}

/** The items whose module has the chosen status (all of them for « tous »), with that status. */
export function withStatus<T extends { slug: string }>(
	items: readonly T[],
	status: ModuleStatus | '',
	progress: ReadonlyMap<string, Pick<ModuleProgress, 'status'>>
): (T & { status: ModuleStatus })[] {
	return items
		.map((item) => ({ ...item, status: statusOf(progress, item.slug) }))
		.filter((item) => status === '' || item.status === status);
}
