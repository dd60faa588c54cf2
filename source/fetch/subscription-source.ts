import path from 'node:path';
import type {SubscriptionKind} from '../store/subscriptions.js';
import {isMaildir} from './maildir.js';

/**
 * What a `subscribe` argument names, by its form only (nothing is fetched): an http(s)
 * address of a feed, or a Maildir folder. The name it gets when none is given: the
 * address's host without `www.`, or the folder's name.
 */

export type SubscriptionSource = {kind: SubscriptionKind; source: string; name: string};

export function subscriptionSource(given: string, cwd = process.cwd()): SubscriptionSource | undefined {
	if (/^[a-z][a-z\d+.-]*:\/\//iu.test(given)) {
		let url: URL;
		try {
			url = new URL(given);
		} catch {
			return undefined;
		}

		if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
			return undefined;
		}

		return {kind: 'feed', source: url.href, name: url.hostname.replace(/^www\./u, '')};
	}

	const dir = path.resolve(cwd, given);
	if (!isMaildir(dir)) {
		return undefined;
	}

	// `~/Mail/Bell/` and `~/Mail/Bell` are one folder.
	return {kind: 'maildir', source: dir, name: path.basename(dir) || dir};
}
