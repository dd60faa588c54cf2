/**
 * The sources the user subscribed to, as the state keeps them: a feed's address or a mail
 * folder's path, what the last fetch brought, and what the next one needs (the feed's
 * validators, the messages already taken from a folder). Pure data and pure changes.
 */

export type SubscriptionKind = 'feed' | 'maildir';

/** Why a fetch failed, as data: the command line words it in the user's language. */
export type StoredProblem = {kind: string; [detail: string]: unknown};

export type FetchRecord = {
	imported: number;
	duplicates: number;
	failed: number;
	/** The server said nothing changed since the validators were taken. */
	notModified?: boolean;
	/** Set when the source itself could not be reached or read. */
	problem?: StoredProblem;
};

export type Subscription = {
	name: string;
	/** An http(s) address, or the absolute path of a Maildir. */
	source: string;
	kind: SubscriptionKind;
	fullText?: boolean;
	/** ISO time. */
	added: string;
	lastFetched?: string;
	lastResult?: FetchRecord;
	/** The validators of the last good response, sent back as If-None-Match and If-Modified-Since. */
	etag?: string;
	lastModified?: string;
	/** The server asked not to be asked again before this ISO time. */
	retryAfter?: string;
	/** Messages of a Maildir already imported: their Message-ID, else their file's unique name. */
	seen?: string[];
};

/** What one fetch of one subscription leaves behind for the next. */
export type FetchOutcome = {
	record: FetchRecord;
	etag?: string;
	lastModified?: string;
	retryAfter?: string;
	/** Keys of Maildir messages now imported (or found to be duplicates). */
	seen?: readonly string[];
};

/** A plain object read from the config file. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): number {
	return Number.isInteger(value) && (value as number) >= 0 ? value as number : 0;
}

function problemOf(value: unknown): StoredProblem | undefined {
	if (!isRecord(value) || typeof value.kind !== 'string') {
		return undefined;
	}

	// Kept as it was written: whoever words it checks the details it needs.
	return {...value, kind: value.kind};
}

function fetchRecordOf(value: unknown): FetchRecord | undefined {
	if (!isRecord(value)) {
		return undefined;
	}

	const record: FetchRecord = {imported: count(value.imported), duplicates: count(value.duplicates), failed: count(value.failed)};
	if (value.notModified === true) {
		record.notModified = true;
	}

	const problem = problemOf(value.problem);
	if (problem !== undefined) {
		record.problem = problem;
	}

	return record;
}

function subscriptionOf(value: unknown): Subscription | undefined {
	if (!isRecord(value)) {
		return undefined;
	}

	const {name, source, kind, added} = value;
	if (typeof name !== 'string' || name === '' || typeof source !== 'string' || (kind !== 'feed' && kind !== 'maildir')) {
		return undefined;
	}

	const subscription: Subscription = {name, source, kind, added: typeof added === 'string' ? added : ''};
	if (value.fullText === true) {
		subscription.fullText = true;
	}

	for (const key of ['lastFetched', 'etag', 'lastModified', 'retryAfter'] as const) {
		const text = value[key];
		if (typeof text === 'string' && text !== '') {
			subscription[key] = text;
		}
	}

	const lastResult = fetchRecordOf(value.lastResult);
	if (lastResult !== undefined) {
		subscription.lastResult = lastResult;
	}

	if (Array.isArray(value.seen)) {
		subscription.seen = value.seen.filter((key): key is string => typeof key === 'string');
	}

	return subscription;
}

/** The stored subscriptions, malformed ones dropped one by one, names kept unique. */
export function subscriptionsOf(value: unknown): Subscription[] {
	if (!Array.isArray(value)) {
		return [];
	}

	const names = new Set<string>();
	const subscriptions: Subscription[] = [];
	for (const entry of value) {
		const subscription = subscriptionOf(entry);
		if (subscription !== undefined && !names.has(subscription.name)) {
			names.add(subscription.name);
			subscriptions.push(subscription);
		}
	}

	return subscriptions;
}

/** A name not yet taken: the wanted one, else with -2, -3… */
export function freeName(subscriptions: readonly Subscription[], wanted: string): string {
	const taken = new Set(subscriptions.map(subscription => subscription.name));
	let name = wanted;
	for (let suffix = 2; taken.has(name); suffix++) {
		name = `${wanted}-${suffix}`;
	}

	return name;
}

export function findSubscription(subscriptions: readonly Subscription[], name: string): Subscription | undefined {
	return subscriptions.find(subscription => subscription.name === name);
}

/** The subscription to this source, if there is one: the same address or folder. */
export function subscriptionTo(subscriptions: readonly Subscription[], source: string): Subscription | undefined {
	return subscriptions.find(subscription => subscription.source === source);
}

export function withSubscription(subscriptions: readonly Subscription[], subscription: Subscription): Subscription[] {
	return subscriptionTo(subscriptions, subscription.source) === undefined && findSubscription(subscriptions, subscription.name) === undefined
		? [...subscriptions, subscription]
		: [...subscriptions];
}

export function withoutSubscription(subscriptions: readonly Subscription[], name: string): Subscription[] {
	return subscriptions.filter(subscription => subscription.name !== name);
}

/**
 * Records one fetch. Validators change only with a good response; a subscription removed
 * while it was fetched stays removed.
 */
export function withFetchOutcome(subscriptions: readonly Subscription[], name: string, outcome: FetchOutcome, now: string): Subscription[] {
	return subscriptions.map(subscription => {
		if (subscription.name !== name) {
			return subscription;
		}

		const {retryAfter: _retryAfter, ...rest} = subscription;
		const next: Subscription = {...rest, lastFetched: now, lastResult: outcome.record};
		if (outcome.etag !== undefined) {
			next.etag = outcome.etag;
		}

		if (outcome.lastModified !== undefined) {
			next.lastModified = outcome.lastModified;
		}

		if (outcome.retryAfter !== undefined) {
			next.retryAfter = outcome.retryAfter;
		}

		if (outcome.seen !== undefined && outcome.seen.length > 0) {
			next.seen = [...new Set([...(subscription.seen ?? []), ...outcome.seen])];
		}

		return next;
	});
}
