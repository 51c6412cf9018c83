// How StorageNotice sorts the store's status into what it shows (pure, tested in Node).
import type { NoticeKind, StoreNotice, StoreStatus } from './api';

/** Errors that follow an action are alerts; the rest are polite status messages. */
export const ALERT_KINDS: ReadonlySet<NoticeKind> = new Set([
	'quota',
	'write-failed',
	'read-failed'
]);

/** The notices of a status, split by the live region that announces them. */
export interface NoticeGroups {
	/** For `role="alert"`. */
	alerts: StoreNotice[];
	/** For `role="status"`. */
	infos: StoreNotice[];
}

/** Splits the notices into alerts and status messages (none until the status is known). */
export function groupNotices(status: StoreStatus | null): NoticeGroups {
	const notices = status?.notices ?? [];
	return {
		alerts: notices.filter((notice) => ALERT_KINDS.has(notice.kind)),
		infos: notices.filter((notice) => !ALERT_KINDS.has(notice.kind))
	};
}

/** What to say once durable storage was asked during this visit, or null. */
export function persistenceMessage(status: StoreStatus | null): string | null {
	if (!status?.persistenceAsked) return null;
	if (status.persistence === 'persisted') {
		return 'Votre navigateur conservera durablement votre progression : sans cette demande, certains navigateurs (Safari notamment) effacent les données d’un site non visité depuis 7 jours.';
	}
	if (status.persistence === 'denied') {
		return 'Votre navigateur n’a pas accepté de conserver durablement votre progression : certains navigateurs (Safari notamment) effacent les données d’un site non visité depuis 7 jours ; pensez à l’exporter depuis la page « Ma progression ».';
	}
	return null;
}
