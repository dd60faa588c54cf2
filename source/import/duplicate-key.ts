import {createHash} from 'node:crypto';
import {blockText, type Block} from '../archive/issue.js';
import {foldTitle} from '../archive/link-teasers.js';

/**
 * The keys under which two issues count as the same, so import reports the second as a
 * duplicate instead of storing it: the same address once mirror hosts and tracking
 * parameters are folded, the same title on the same day, or the same story text once
 * case, ё, quotes and spacing are folded.
 */

/**
 * Hosts that serve The Bell's pages under another name. `www.`, `amp.` and `m.` are folded
 * for every site; this list maps whole mirror domains to the canonical one. Extend it when
 * a new mirror appears: an address on an unlisted mirror just misses this key, and the
 * title-and-date and text keys still catch the copy.
 */
export const mirrorHosts: Readonly<Record<string, string>> = {
	'thebell.io': 'thebell.io',
	'thebell.xyz': 'thebell.io',
	'thebell.media': 'thebell.io',
};

const trackingParameter = /^(?:utm_\w+|fbclid|gclid|dclid|yclid|msclkid|mc_cid|mc_eid|_openstat|_hsenc|_hsmi|mkt_tok|ref|ref_src|igshid|from)$/iu;

/** The address as stored: tracking parameters and the fragment dropped, the rest as it was. */
export function withoutTracking(url: string): string {
	try {
		const parsed = new URL(url.trim());
		for (const name of [...parsed.searchParams.keys()]) {
			if (trackingParameter.test(name)) {
				parsed.searchParams.delete(name);
			}
		}

		parsed.hash = '';
		return parsed.href;
	} catch {
		return url.trim();
	}
}

/** The address reduced to what names the page, or undefined when it is not a web address. */
export function canonicalUrl(url: string): string | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return undefined;
	}

	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		return undefined;
	}

	let host = parsed.hostname.toLowerCase().replace(/\.$/u, '');
	while (/^(?:www\d?|amp|m)\.[^.]+\.[^.]+/u.test(host)) {
		host = host.slice(host.indexOf('.') + 1);
	}

	host = mirrorHosts[host] ?? host;
	const kept = [...parsed.searchParams].filter(([name]) => !trackingParameter.test(name));
	kept.sort(([a], [b]) => a.localeCompare(b));
	const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
	// An AMP copy often lives under /amp/ or ends in /amp; its text is the same page.
	const pathname = parsed.pathname
		.replace(/\/amp(?:\/|$)/u, '/')
		.replace(/\/(?:index\.html?)?$/u, '')
		|| '';
	return `${host}${pathname}${query}`;
}

export function titleDateKey(title: string, date: string | null): string | undefined {
	return date === null ? undefined : `${date} ${foldTitle(title)}`;
}

/** A hash of the story text folded like titles are, and stripped of punctuation. */
export function storyTextKey(story: readonly Block[]): string | undefined {
	const folded = foldTitle(story.map(block => blockText(block)).join(' '))
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	return folded === '' ? undefined : createHash('sha256').update(folded).digest('hex');
}

export type DuplicateReason = 'same-url' | 'same-title-and-date' | 'same-text';

export type DuplicateKeys = Partial<Record<DuplicateReason, string>>;

export function duplicateKeys(issue: {title: string; date: string | null; url?: string; story: readonly Block[]}): DuplicateKeys {
	const keys: DuplicateKeys = {};
	const url = issue.url === undefined ? undefined : canonicalUrl(issue.url);
	const titleDate = titleDateKey(issue.title, issue.date);
	const text = storyTextKey(issue.story);
	if (url !== undefined) {
		keys['same-url'] = url;
	}

	if (titleDate !== undefined) {
		keys['same-title-and-date'] = titleDate;
	}

	if (text !== undefined) {
		keys['same-text'] = text;
	}

	return keys;
}

/** The issues seen so far, by each key, so a new one can be checked against all of them. */
export class DuplicateIndex<T> {
	private readonly byKey = new Map<string, T>();

	/** What an issue with these keys duplicates, and why; undefined when it is new. */
	find(keys: DuplicateKeys): {reason: DuplicateReason; of: T} | undefined {
		for (const reason of ['same-url', 'same-title-and-date', 'same-text'] as const) {
			const key = keys[reason];
			const of = key === undefined ? undefined : this.byKey.get(`${reason}\u0000${key}`);
			if (of !== undefined) {
				return {reason, of};
			}
		}

		return undefined;
	}

	add(keys: DuplicateKeys, value: T): void {
		for (const [reason, key] of Object.entries(keys)) {
			const name = `${reason}\u0000${key}`;
			if (!this.byKey.has(name)) {
				this.byKey.set(name, value);
			}
		}
	}
}
