import { describe, expect, it } from 'vitest';
import type { StoreNotice, StoreStatus } from './api';
import { groupNotices, persistenceMessage } from './notice-display';
import { corruptedNotice, QUOTA_NOTICE, readFailedNotice, UNAVAILABLE_NOTICE } from './notices';

const status = (overrides: Partial<StoreStatus> = {}): StoreStatus => ({
	available: true,
	notices: [],
	persistence: 'not-asked',
	persistenceAsked: false,
	...overrides
});

describe('groupNotices', () => {
	it('shows nothing before the status is known', () => {
		expect(groupNotices(null)).toEqual({ alerts: [], infos: [] });
	});

	it('makes alerts of failed actions, status messages of the rest, in order', () => {
		const writeFailed: StoreNotice = { id: 'write-failed', kind: 'write-failed', message: 'x' };
		const corrupted = corruptedNotice([{ table: 'modules', key: 'a', slug: 'a' }]);
		const outdated: StoreNotice = { id: 'outdated-tab', kind: 'outdated-tab', message: 'y' };
		const read = readFailedNotice(new DOMException('x', 'UnknownError'));
		const notices = [UNAVAILABLE_NOTICE, QUOTA_NOTICE, corrupted, writeFailed, outdated, read];
		expect(groupNotices(status({ notices }))).toEqual({
			alerts: [QUOTA_NOTICE, writeFailed, read],
			infos: [UNAVAILABLE_NOTICE, corrupted, outdated]
		});
	});
});

describe('persistenceMessage', () => {
	it('says nothing until durable storage was asked during this visit', () => {
		expect(persistenceMessage(null)).toBeNull();
		expect(persistenceMessage(status({ persistence: 'persisted' }))).toBeNull();
		expect(persistenceMessage(status({ persistenceAsked: true }))).toBeNull();
	});

	it('says whether the browser agreed, and what to do when it refused', () => {
		expect(
			persistenceMessage(status({ persistenceAsked: true, persistence: 'persisted' }))
		).toMatch(/^Votre navigateur conservera durablement votre progression/);
		expect(persistenceMessage(status({ persistenceAsked: true, persistence: 'denied' }))).toMatch(
			/pensez à l’exporter depuis la page « Ma progression »\.$/
		);
	});
});
