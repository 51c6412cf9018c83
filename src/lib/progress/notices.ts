import { plural, quantity } from '../french';
import type { StoreNotice } from './api';
import type { CorruptedRecord } from './validate-stored';

/** IndexedDB could not be opened: the visit goes on in memory. */
export const UNAVAILABLE_NOTICE: StoreNotice = {
	id: 'unavailable',
	kind: 'unavailable',
	message:
		'Votre navigateur ne permet pas à ce site d’enregistrer des données (stockage bloqué, ou certains modes de navigation privée) : vous pouvez suivre les modules, mais votre progression sera perdue à la fermeture de la page.'
};

/** The database on disk is newer than this page's code. */
export const NEWER_DATABASE_NOTICE: StoreNotice = {
	id: 'outdated-tab',
	kind: 'outdated-tab',
	message:
		'Une version plus récente de Capsules a déjà été ouverte dans ce navigateur : rechargez la page pour retrouver votre progression. En attendant, ce que vous faites ici ne sera pas conservé.'
};

/** The database on disk was written by a newer Capsules: it is read, never modified. */
export const READ_ONLY_NOTICE: StoreNotice = {
	id: 'outdated-tab',
	kind: 'outdated-tab',
	message:
		'Une version plus récente de Capsules a déjà enregistré votre progression dans ce navigateur : elle s’affiche ici telle quelle, mais cette page ne peut rien y modifier. Rechargez la page pour obtenir la dernière version et continuer à enregistrer.'
};

/** What a write answers while the database is read-only. */
export const READ_ONLY_MESSAGE =
	'Rien n’a été enregistré : une version plus récente de Capsules gère votre progression dans ce navigateur. Rechargez la page.';

/** Another tab upgraded or removed the database. */
export const OUTDATED_TAB_NOTICE: StoreNotice = {
	id: 'outdated-tab',
	kind: 'outdated-tab',
	message:
		'Capsules a été mis à jour dans un autre onglet : rechargez cette page pour continuer à enregistrer votre progression.'
};

/** The storage quota is full. */
export const QUOTA_NOTICE: StoreNotice = {
	id: 'quota',
	kind: 'quota',
	message:
		'L’espace de stockage de votre navigateur est plein : votre dernière action n’a pas pu être enregistrée. Libérez de la place (fichiers, données d’autres sites), puis recommencez ; vous pouvez aussi exporter votre progression depuis la page « Ma progression ».'
};

/** A write failed for another reason. */
export function writeFailedNotice(error: unknown): StoreNotice {
	return {
		id: 'write-failed',
		kind: 'write-failed',
		message: `Votre progression n’a pas pu être enregistrée (${errorName(error)}). Rechargez la page ; si le problème continue, exportez votre progression depuis la page « Ma progression ».`
	};
}

/** Live reading failed. */
export function readFailedNotice(error: unknown): StoreNotice {
	return {
		id: 'read-failed',
		kind: 'read-failed',
		message: `Votre progression n’a pas pu être relue (${errorName(error)}) : rechargez la page.`
	};
}

/** Modules named in the corrupted-records notice; the others are counted. */
export const NOTICE_MAX_SLUGS = 5;

/**
 * Records skipped because they did not validate: one notice, the same on every page, whose
 * length does not grow with their number (a few modules named, the rest counted).
 */
export function corruptedNotice(records: readonly CorruptedRecord[]): StoreNotice {
	const slugs = [...new Set(records.map((record) => record.slug).filter((slug) => slug !== null))];
	const count = records.length;
	const what =
		count === 1
			? 'Une donnée de progression enregistrée était illisible : elle a été ignorée'
			: `${quantity(count, 'donnée')} de progression enregistrées étaient illisibles : elles ont été ignorées`;
	const named = slugs.slice(0, NOTICE_MAX_SLUGS).map((slug) => slug.slice(0, 60));
	const others = slugs.length - named.length;
	const more = others > 0 ? ` et ${quantity(others, 'autre')}` : '';
	const where =
		slugs.length > 0 ? ` (${plural(slugs.length, 'module')} ${named.join(', ')}${more})` : '';
	return {
		id: 'corrupted',
		kind: 'corrupted',
		message: `${what}${where}. Le reste de votre progression est intact.`
	};
}

/** The name of an error, for messages (never its free text, which may hold anything). */
export function errorName(error: unknown): string {
	if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
		return error.name;
	}
	return 'erreur inconnue';
}

/** True when an error (or one it wraps, as Dexie does) says the quota is exceeded. */
export function isQuotaError(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
		const name = (current as { name?: unknown }).name;
		if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
		const next = current as { inner?: unknown; cause?: unknown; failures?: unknown };
		if (Array.isArray(next.failures) && next.failures.some(isQuotaError)) return true;
		current = next.inner ?? next.cause;
	}
	return false;
}

/** True when opening failed because the database on disk is newer than this code. */
export function isVersionError(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
		if ((current as { name?: unknown }).name === 'VersionError') return true;
		current = (current as { inner?: unknown }).inner;
	}
	return false;
}
