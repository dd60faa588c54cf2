import {isRejection, ImportRejected, type DraftResult, type IssueDraft} from '../import/issue-draft.js';
import {decodeWithCharset, htmlCharset} from '../import/decode-with-charset.js';
import {issueFromFeedItem, parseFeed, type FeedItem, type FeedFormat} from '../import/issues-from-feed.js';
import {firstLine, guarded} from '../import/item-guard.js';
import {issueFromHtml} from '../import/page-from-html.js';
import {assessDraft} from '../import/assess-draft.js';
import type {ArchiveWriter} from '../import/archive-writer.js';
import type {Subscription, FetchOutcome} from '../store/subscriptions.js';
import {FetchFailure} from './fetch-problem.js';
import {httpGet, type HttpGetOptions} from './http-get.js';
import type {SourceTally} from './source-tally.js';

/**
 * One feed subscription: a conditional GET, then every item through the feed importer
 * into the archive writer. With full text, an item that carries only a summary is
 * completed from its page, one page at a time, with the same limits.
 */

export type FeedFetchOptions = Omit<HttpGetOptions, 'etag' | 'lastModified'> & {signal: AbortSignal};

/** The item's page as a draft that keeps the feed's title, date, address and format; undefined when the page does not give a story. */
async function draftFromPage(item: FeedItem, format: FeedFormat, options: FeedFetchOptions): Promise<IssueDraft | undefined> {
	let response;
	try {
		response = await httpGet(item.url!, options);
	} catch (error) {
		if (options.signal.aborted) {
			throw error;
		}

		// The summary stands in for a page that cannot be had.
		return undefined;
	}

	if (response.status !== 'ok') {
		return undefined;
	}

	const html = decodeWithCharset(response.body, htmlCharset(response.body) ?? response.charset);
	const parsed = guarded(() => issueFromHtml(html, {sourceFormat: format, extract: 'page', url: item.url!}));
	const page = isRejection(parsed) ? parsed : assessDraft(parsed);
	if (isRejection(page)) {
		return undefined;
	}

	return {...page, title: item.title || page.title, date: item.date ?? page.date, sourceFormat: format};
}

export async function fetchFeed(subscription: Subscription, writer: ArchiveWriter, tally: SourceTally, options: FeedFetchOptions): Promise<FetchOutcome> {
	const response = await httpGet(subscription.source, {
		...options,
		...(subscription.etag === undefined ? {} : {etag: subscription.etag}),
		...(subscription.lastModified === undefined ? {} : {lastModified: subscription.lastModified}),
	});
	if (response.status === 'not-modified') {
		return {record: {...tally.record(), notModified: true}};
	}

	let feed;
	try {
		feed = parseFeed(response.body, response.charset);
	} catch (error) {
		if (error instanceof ImportRejected) {
			throw new FetchFailure({kind: 'bad-feed', problem: error.problem});
		}

		throw new FetchFailure({kind: 'bad-body', detail: firstLine(error)});
	}

	for (const [index, item] of feed.items.entries()) {
		options.signal.throwIfAborted();
		let result: DraftResult = guarded(() => issueFromFeedItem(item, feed.format));
		if (subscription.fullText === true && item.summaryOnly === true && item.url !== undefined && !writer.holdsAddress(item.url)) {
			result = await draftFromPage(item, feed.format, options) ?? result;
			options.signal.throwIfAborted();
		}

		tally.count(writer.accept({file: subscription.source, item: index + 1}, result));
	}

	// Validators are kept only now that every item is in the archive: an interrupted fetch asks again.
	return {
		record: tally.record(),
		...(response.etag === undefined ? {} : {etag: response.etag}),
		...(response.lastModified === undefined ? {} : {lastModified: response.lastModified}),
	};
}
