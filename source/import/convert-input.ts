import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {looksBinary} from '../archive/decode.js';
import {SkippedFileError} from '../archive/file-problem.js';
import type {Issue} from '../archive/issue.js';
import {issueFromBytes, maxIssueBytes, maxIssueMegabytes, type IssueParsers} from '../archive/issue-from-bytes.js';
import {decodeWithCharset, htmlCharset} from './decode-with-charset.js';
import type {Input} from './find-inputs.js';
import type {ImportSource} from './import-report.js';
import {reject, type DraftResult, type ImportFormat, type ImportProblem} from './issue-draft.js';
import {issueFromMail} from './issues-from-mail.js';
import {issueFromFeedItem, parseFeed} from './issues-from-feed.js';
import {isSubstackEntry, issuesFromSubstack} from './issues-from-substack.js';
import {guarded} from './item-guard.js';
import {issueFromHtml} from './page-from-html.js';
import {readZipEntries} from './read-zip.js';
import {splitMbox} from './split-mbox.js';

/**
 * Reading one input and handing its bytes to the pure converter for its format: one draft
 * for a page or a message, one per item for a mailbox, a feed or an export.
 */

/** A mailbox, a feed or an export can be far larger than one issue. */
export const maxContainerMegabytes = 1024;
const maxContainerBytes = maxContainerMegabytes * 1024 * 1024;
const maxUnzippedBytes = 512 * 1024 * 1024;

/** A draft or the reason there is none, with its share of the input's bytes (for progress). */
export type Converted = {source: ImportSource; result: DraftResult; share: number};

function fileProblemToImport(problem: SkippedFileError['problem']): ImportProblem {
	return problem.kind === 'no-text' ? {kind: 'empty'} : problem;
}

/** A page dump or Markdown issue, read by the archive's own parser. */
function draftFromArchiveFile(bytes: Uint8Array, file: string, sourceFormat: 'page-dump' | 'markdown', parsers: IssueParsers): DraftResult {
	let issue: Issue;
	try {
		issue = issueFromBytes(bytes, file, parsers);
	} catch (error) {
		if (error instanceof SkippedFileError) {
			return reject(fileProblemToImport(error.problem));
		}

		throw error;
	}

	return {
		title: issue.title,
		date: issue.date,
		...(issue.url === undefined ? {} : {url: issue.url}),
		...(issue.tags === undefined ? {} : {tags: issue.tags}),
		// Re-importing an imported issue keeps what it was first imported from.
		sourceFormat: (issue.sourceFormat as ImportFormat | undefined) ?? sourceFormat,
		story: issue.story,
		teasers: issue.teasers.map(({title, summary}) => ({title, summary})),
		notices: issue.notices,
	};
}

function readSubstackFolder(dir: string): Map<string, Uint8Array> {
	const files = new Map<string, Uint8Array>([['posts.csv', readFileSync(path.join(dir, 'posts.csv'))]]);
	for (const name of readdirSync(path.join(dir, 'posts'))) {
		if (isSubstackEntry(`posts/${name}`)) {
			files.set(`posts/${name}`, readFileSync(path.join(dir, 'posts', name)));
		}
	}

	return files;
}

/** The posts of a Substack export, a folder's or a zip's. */
function * substackPosts(file: string, files: ReadonlyMap<string, Uint8Array>): Generator<Converted> {
	const posts = issuesFromSubstack(files);
	for (const post of posts) {
		yield {source: {file, entry: post.entry}, result: post.result, share: 1 / posts.length};
	}
}

/** The messages of a mailbox or the items of a feed, numbered from 1; or, when there are none, the reason. */
async function * eachItem<T>(
	file: string,
	items: readonly T[],
	none: ImportProblem,
	convert: (item: T) => DraftResult | Promise<DraftResult>,
	shareOf: (item: T) => number,
): AsyncGenerator<Converted> {
	if (items.length === 0) {
		yield {source: {file}, result: reject(none), share: 1};
		return;
	}

	for (const [index, item] of items.entries()) {
		yield {source: {file, item: index + 1}, result: await guarded(() => convert(item)), share: shareOf(item)};
	}
}

/** Every draft (or rejection) one input yields, each with its share of the input's bytes. */
export async function * convertInput(input: Input, parsers: IssueParsers): AsyncGenerator<Converted> {
	const {file} = input;
	if (input.kind === 'substack-folder') {
		yield * substackPosts(file, readSubstackFolder(file));
		return;
	}

	const single = ['page-dump', 'markdown', 'html'].includes(input.kind);
	const limit = single ? maxIssueBytes : maxContainerBytes;
	if (input.bytes > limit) {
		yield {source: {file}, result: reject({kind: 'too-large', limitMegabytes: single ? maxIssueMegabytes : maxContainerMegabytes}), share: 1};
		return;
	}

	const bytes = new Uint8Array(readFileSync(file));
	if (bytes.length === 0) {
		yield {source: {file}, result: reject({kind: 'empty'}), share: 1};
		return;
	}

	// Every input but a zip is text; a zip is compressed bytes by nature.
	if (input.kind !== 'zip' && looksBinary(bytes)) {
		yield {source: {file}, result: reject({kind: 'binary'}), share: 1};
		return;
	}

	switch (input.kind) {
		case 'page-dump':
		case 'markdown': {
			yield {source: {file}, result: draftFromArchiveFile(bytes, file, input.kind, parsers), share: 1};
			return;
		}

		case 'html': {
			const html = decodeWithCharset(bytes, htmlCharset(bytes));
			yield {source: {file}, result: issueFromHtml(html, {sourceFormat: 'html', extract: 'page'}), share: 1};
			return;
		}

		case 'mail': {
			yield {source: {file}, result: await issueFromMail(bytes, 'mail'), share: 1};
			return;
		}

		case 'mbox': {
			yield * eachItem(file, splitMbox(bytes), {kind: 'not-a-mail'}, message => issueFromMail(message, 'mbox'), message => message.length / bytes.length);
			return;
		}

		case 'feed': {
			const feed = parseFeed(bytes);
			yield * eachItem(file, feed.items, {kind: 'empty-feed'}, item => issueFromFeedItem(item, feed.format), () => 1 / feed.items.length);
			return;
		}

		case 'zip': {
			yield * substackPosts(file, readZipEntries(bytes, isSubstackEntry, maxUnzippedBytes));
		}
	}
}
