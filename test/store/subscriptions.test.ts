import {describe, expect, it} from 'vitest';
import {emptyState, migrateState} from '../../source/store/reader-state.js';
import {
	freeName, subscriptionsOf, withFetchOutcome, withoutSubscription, withSubscription, type Subscription,
} from '../../source/store/subscriptions.js';

const now = '2026-12-03T12:00:00.000Z';
const feed: Subscription = {name: 'thebell.io', source: 'https://thebell.io/feed', kind: 'feed', added: now};
const maildir: Subscription = {name: 'bell-mail', source: '/home/me/Mail/Bell', kind: 'maildir', added: now};

describe('subscriptions in the state', () => {
	it('migrate from version 1 as none, keeping the rest', () => {
		const state = migrateState({schemaVersion: 1, issues: {a: {read: true}}, subscriptions: [feed]});
		expect(state.subscriptions).toEqual([]);
		expect(state.issues).toEqual({a: {read: true}});
	});

	it('are read back from version 2, malformed entries and repeated names dropped one by one', () => {
		const stored = {...feed, etag: '"v1"', lastResult: {imported: 2, duplicates: 1, failed: 0, problem: {kind: 'timeout', seconds: 30}}, junk: true};
		const state = migrateState({schemaVersion: 2, subscriptions: [stored, {name: 'x'}, {...maildir, seen: ['<a@b>', 3]}, {...feed, source: 'https://other'}]});
		expect(state.subscriptions).toEqual([
			{...feed, etag: '"v1"', lastResult: {imported: 2, duplicates: 1, failed: 0, problem: {kind: 'timeout', seconds: 30}}},
			{...maildir, seen: ['<a@b>']},
		]);
	});

	it('start empty', () => {
		expect(emptyState().subscriptions).toEqual([]);
		expect(subscriptionsOf('nonsense')).toEqual([]);
	});
});

describe('changes to subscriptions', () => {
	it('add one source once, and free names get a suffix', () => {
		const one = withSubscription([], feed);
		expect(withSubscription(one, {...feed, name: 'other'})).toEqual([feed]);
		expect(freeName(one, 'thebell.io')).toBe('thebell.io-2');
		expect(freeName(one, 'mail')).toBe('mail');
		expect(withoutSubscription(one, 'thebell.io')).toEqual([]);
	});

	it('record a fetch: validators only when given, seen keys merged, a wait cleared by a later fetch', () => {
		let list = [{...feed, etag: '"v1"', lastModified: 'Mon, 01 Dec 2025 10:00:00 GMT'}, maildir];
		list = withFetchOutcome(list, 'thebell.io', {record: {imported: 0, duplicates: 0, failed: 0, problem: {kind: 'rate-limited', status: 429}}, retryAfter: '2026-12-03T13:00:00.000Z'}, now);
		expect(list[0]).toMatchObject({etag: '"v1"', retryAfter: '2026-12-03T13:00:00.000Z', lastFetched: now});
		list = withFetchOutcome(list, 'thebell.io', {record: {imported: 3, duplicates: 0, failed: 0}, etag: '"v2"'}, now);
		expect(list[0]).toEqual({...feed, etag: '"v2"', lastModified: 'Mon, 01 Dec 2025 10:00:00 GMT', lastFetched: now, lastResult: {imported: 3, duplicates: 0, failed: 0}});
		list = withFetchOutcome(list, 'bell-mail', {record: {imported: 1, duplicates: 0, failed: 0}, seen: ['<a@b>']}, now);
		list = withFetchOutcome(list, 'bell-mail', {record: {imported: 1, duplicates: 0, failed: 0}, seen: ['<a@b>', 'c']}, now);
		expect(list[1]!.seen).toEqual(['<a@b>', 'c']);
	});

	it('leave a subscription removed meanwhile removed', () => {
		expect(withFetchOutcome([maildir], 'thebell.io', {record: {imported: 1, duplicates: 0, failed: 0}}, now)).toEqual([maildir]);
	});
});
