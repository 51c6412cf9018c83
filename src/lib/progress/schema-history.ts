import type { Dexie, Transaction } from 'dexie';

/** One version of the IndexedDB schema. */
export interface SchemaVersion {
	version: number;
	/** Why this version exists. */
	note: string;
	/** Dexie store definitions: primary key first, then indexes; null deletes a table. */
	stores: Record<string, string | null>;
	/** Data migration from the previous version, run inside the upgrade transaction. */
	upgrade?: (transaction: Transaction) => Promise<void> | void;
}

/**
 * The schema, as an append-only history: never edit a published version, add the next one
 * (with an `upgrade` when data must move). `schema-history.test.ts` pins every published
 * version and opens a database written by version 1 with the latest code.
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
	{
		version: 1,
		note: 'Modules (clé slug), tentatives (clé id, index slug), quiz en cours (clé slug).',
		stores: { modules: 'slug', attempts: 'id, slug', quizSnapshots: 'slug' }
	},
	{
		version: 2,
		note:
			'Vidéo mesurée par l’API du lecteur (clé slug) : intervalles lus, position, date où le seuil est atteint. ' +
			'Rien ne bouge : la case « J’ai regardé la vidéo » de la version 1 reste la coche manuelle.',
		stores: { videoProgress: 'slug' }
	}
];

/** Declares every version of `history` on a Dexie instance, oldest first. */
export function declareSchema(db: Dexie, history: readonly SchemaVersion[] = SCHEMA_HISTORY): void {
	for (const step of history) {
		const version = db.version(step.version).stores(step.stores);
		if (step.upgrade) version.upgrade(step.upgrade);
	}
}

/** Checks that a history is usable: versions 1, 2, 3… in order. */
export function historyProblems(history: readonly SchemaVersion[]): string[] {
	const problems: string[] = [];
	history.forEach((step, index) => {
		if (step.version !== index + 1) {
			problems.push(`La version n° ${index + 1} de l’historique porte le numéro ${step.version}.`);
		}
	});
	return problems;
}
