import { DATABASE_NAME } from './limits';

// Pages open the progress store (Dexie, the schemas) only when there may be something to show: a
// browser that never saved progress has no database of that name, and asking costs nothing.

/** False only when this browser surely holds no progress (no database of that name). */
export async function mayHoldProgress(
	factory: Pick<IDBFactory, 'databases'> | undefined = globalThis.indexedDB
): Promise<boolean> {
	try {
		if (!factory) return false;
		if (typeof factory.databases !== 'function') return true;
		const databases = await factory.databases();
		return databases.some((database) => database.name === DATABASE_NAME);
	} catch {
		return true;
	}
}
