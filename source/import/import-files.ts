import {closeSync, openSync, readdirSync, readFileSync, readSync, statSync} from 'node:fs';
import path from 'node:path';
import {fsErrorCode} from '../library/archive-folder.js';
import {looksBinary} from '../archive/decode.js';
import {SkippedFileError} from '../archive/file-problem.js';
import type {Issue} from '../archive/issue.js';
import {issueFromBytes, maxIssueBytes, maxIssueMegabytes, type IssueParsers} from '../archive/issue-from-bytes.js';
import {loadIssueParsers} from '../library/issue-parsers.js';
import {exportMarkdown} from '../export/markdown-export.js';
import {ExportWriteError, makeFolder, writeFileInFolder} from '../export/write-export-files.js';
import {assessDraft} from './assess-draft.js';
import {decodeWithCharset, htmlCharset} from './decode-with-charset.js';
import {duplicateKeys, withoutTracking, type DuplicateReason} from './duplicate-key.js';
import {kindByContent, kindByName, type InputKind} from './input-kind.js';
import {
	isRejection, reject, type DraftResult, type ImportFormat, type ImportProblem, type IssueDraft,
} from './issue-draft.js';
import {issueFromMail} from './issues-from-mail.js';
import {issueFromFeedItem, parseFeed} from './issues-from-feed.js';
import {isSubstackEntry, issuesFromSubstack} from './issues-from-substack.js';
import {guarded, problemOf} from './item-guard.js';
import {issueFromHtml} from './page-from-html.js';
import {readZipEntries} from './read-zip.js';
import {splitMbox} from './split-mbox.js';
import {readStoredIssues} from './stored-issues.js';
import {transliterateSlug} from './transliterate-slug.js';

/**
 * The importer: the one part of import that touches the file system. It finds the inputs
 * (files, and the supported files in folders), reads each, hands the bytes to the pure
 * converter for its format, drops duplicates of what the archive already holds or the
 * batch already brought, and writes each new issue as Markdown into the archive under a
 * name of its own. A bad input costs a reason, never the rest of the batch.
 */

/** Which input a result is about: a file, a message or item in it (1-based), or an entry of an export. */
export type ImportSource = {file: string; item?: number; entry?: string};

export type ImportedIssue = {
	source: ImportSource;
	id: string;
	/** Where it was written (or, in a dry run, would be). */
	file: string;
	title: string;
	date: string | null;
	url?: string;
	sourceFormat: ImportFormat;
};

export type SkippedDuplicate = {
	source: ImportSource;
	title: string;
	reason: DuplicateReason;
	/** The id of the stored issue it repeats (or of one imported earlier in the batch). */
	of: string;
};

export type FailedImport = {source: ImportSource; problem: ImportProblem; title?: string};

export type ImportReport = {
	archiveDir: string;
	dryRun: boolean;
	imported: ImportedIssue[];
	duplicates: SkippedDuplicate[];
	failed: FailedImport[];
};

export type ImportPlan = {
	inputs: number;
	bytes: number;
	/** Bytes in mailboxes, feeds and exports: a few of them can hold thousands of issues. */
	containerBytes: number;
};

export type ImportProgress = {
	/** Bytes of input read and converted so far, out of `plan.bytes`. */
	bytesDone: number;
	inputsDone: number;
	plan: ImportPlan;
};

export type ImportOptions = {
	archiveDir: string;
	dryRun: boolean;
	/** Told once the inputs are found, before any is read. */
	onPlan?: (plan: ImportPlan) => void;
	onProgress?: (progress: ImportProgress) => void;
};

/** A mailbox, a feed or an export can be far larger than one issue. */
export const maxContainerMegabytes = 1024;
const maxContainerBytes = maxContainerMegabytes * 1024 * 1024;
const maxUnzippedBytes = 512 * 1024 * 1024;

type Input = {file: string; kind: InputKind | 'substack-folder'; bytes: number};

type Found = {inputs: Input[]; failed: FailedImport[]};

function readHead(file: string): Uint8Array {
	const head = new Uint8Array(4096);
	const descriptor = openSync(file, 'r');
	try {
		return head.subarray(0, readSync(descriptor, head, 0, head.length, 0));
	} finally {
		closeSync(descriptor);
	}
}

/** Folders a browser writes beside a saved page hold its scripts and frames, not issues. */
function isSavedPageAssets(name: string): boolean {
	return /[_.]files$/iu.test(name);
}

function isSubstackFolder(dir: string): boolean {
	try {
		return statSync(path.join(dir, 'posts.csv')).isFile() && statSync(path.join(dir, 'posts')).isDirectory();
	} catch {
		return false;
	}
}

function walkFolder(dir: string, found: Found): void {
	if (isSubstackFolder(dir)) {
		found.inputs.push({file: dir, kind: 'substack-folder', bytes: 0});
		return;
	}

	let entries;
	try {
		entries = readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name));
	} catch (error) {
		found.failed.push({source: {file: dir}, problem: {kind: 'unreadable', detail: fsErrorCode(error)}});
		return;
	}

	for (const entry of entries) {
		const file = path.join(dir, entry.name);
		if (entry.name.startsWith('.')) {
			continue;
		}

		// Linked folders are not followed, so a link loop cannot trap the walk.
		if (entry.isDirectory()) {
			if (!isSavedPageAssets(entry.name)) {
				walkFolder(file, found);
			}

			continue;
		}

		try {
			const stats = statSync(file);
			if (!stats.isFile()) {
				continue;
			}

			const kind = kindByName(file) ?? (path.extname(file) === '' ? kindByContent(readHead(file)) : undefined);
			// In a folder, files of other kinds (images, styles) are passed over without a word.
			if (kind !== undefined) {
				found.inputs.push({file, kind, bytes: stats.size});
			}
		} catch (error) {
			found.failed.push({source: {file}, problem: {kind: 'unreadable', detail: fsErrorCode(error)}});
		}
	}
}

/** The inputs the paths name: files as given, folders walked. */
export function findInputs(paths: readonly string[]): Found {
	const found: Found = {inputs: [], failed: []};
	for (const given of paths) {
		const file = path.resolve(given);
		try {
			const stats = statSync(file);
			if (stats.isDirectory()) {
				walkFolder(file, found);
				continue;
			}

			if (!stats.isFile()) {
				// A named pipe or a device would block the import on its first read.
				found.failed.push({source: {file}, problem: {kind: 'unreadable', detail: 'ENOTREGULAR'}});
				continue;
			}

			if (path.basename(file).toLowerCase() === 'posts.csv' && isSubstackFolder(path.dirname(file))) {
				found.inputs.push({file: path.dirname(file), kind: 'substack-folder', bytes: 0});
				continue;
			}

			const kind = kindByName(file) ?? kindByContent(readHead(file));
			if (kind === undefined) {
				found.failed.push({source: {file}, problem: {kind: 'unsupported', extension: path.extname(file)}});
			} else {
				found.inputs.push({file, kind, bytes: stats.size});
			}
		} catch (error) {
			const code = fsErrorCode(error);
			found.failed.push({source: {file}, problem: code === 'ENOENT' ? {kind: 'missing'} : {kind: 'unreadable', detail: code}});
		}
	}

	return found;
}

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

type Converted = {source: ImportSource; result: DraftResult; share: number};

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
async function * convertInput(input: Input, parsers: IssueParsers): AsyncGenerator<Converted> {
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

/** The issue as the archive will hold it: the Markdown written, and the issue read back from it. */
function storedForm(draft: IssueDraft, id: string, parsers: IssueParsers): {content: string; issue: Issue} {
	const issue: Issue = {
		id,
		title: draft.title,
		date: draft.date,
		source: `${id}.md`,
		format: 'markdown',
		...(draft.url === undefined ? {} : {url: withoutTracking(draft.url)}),
		...(draft.tags === undefined ? {} : {tags: draft.tags}),
		sourceFormat: draft.sourceFormat,
		story: draft.story,
		teasers: draft.teasers.map(teaser => ({...teaser, id: null})),
		notices: draft.notices,
	};
	const content = exportMarkdown(issue, {full: true});
	// Keys are computed on what a later `list` will read, so they match the stored issues' keys.
	return {content, issue: issueFromBytes(new TextEncoder().encode(content), issue.source, parsers)};
}

const maxNameAttempts = 1000;

export async function importFiles(paths: readonly string[], options: ImportOptions): Promise<ImportReport> {
	// What import writes is Markdown, read back to check it; the archive may hold Markdown too.
	const parsers = await loadIssueParsers(true);
	const archiveDir = path.resolve(options.archiveDir);
	const found = findInputs(paths);
	const report: ImportReport = {archiveDir, dryRun: options.dryRun, imported: [], duplicates: [], failed: [...found.failed]};
	const containers = found.inputs.filter(input => ['mbox', 'feed', 'zip', 'substack-folder'].includes(input.kind));
	const plan: ImportPlan = {
		inputs: found.inputs.length,
		bytes: found.inputs.reduce((sum, input) => sum + Math.max(input.bytes, 1), 0),
		containerBytes: containers.reduce((sum, input) => sum + input.bytes, 0),
	};
	options.onPlan?.(plan);

	const {index, taken} = readStoredIssues(archiveDir, parsers);
	let folderReady = false;
	let bytesDone = 0;

	const store = (source: ImportSource, draft: IssueDraft) => {
		const base = draft.date === null ? transliterateSlug(draft.title) : `${draft.date}-${transliterateSlug(draft.title)}`;
		const {content, issue} = storedForm(draft, base, parsers);
		const keys = duplicateKeys(issue);
		const duplicate = index.find(keys);
		if (duplicate !== undefined) {
			report.duplicates.push({source, title: issue.title, reason: duplicate.reason, of: duplicate.of});
			return;
		}

		for (let attempt = 1; attempt <= maxNameAttempts; attempt++) {
			const id = attempt === 1 ? base : `${base}-${attempt}`;
			if (taken.has(id.toLowerCase())) {
				continue;
			}

			const file = path.join(archiveDir, `${id}.md`);
			if (!options.dryRun) {
				if (!folderReady) {
					// Made on the first write, so a dry run or an import of nothing leaves no folder behind.
					makeFolder(archiveDir);
					folderReady = true;
				}

				try {
					writeFileInFolder(archiveDir, `${id}.md`, content, {replace: false});
				} catch (error) {
					if (error instanceof ExportWriteError && error.code === 'EEXIST') {
						// Another import took the name meanwhile; the next suffix is tried.
						taken.add(id.toLowerCase());
						continue;
					}

					if (error instanceof ExportWriteError) {
						report.failed.push({source, title: issue.title, problem: {kind: 'write-failed', code: error.code}});
						return;
					}

					throw error;
				}
			}

			taken.add(id.toLowerCase());
			index.add(keys, id);
			report.imported.push({
				source, id, file, title: issue.title, date: issue.date,
				...(issue.url === undefined ? {} : {url: issue.url}),
				sourceFormat: draft.sourceFormat,
			});
			return;
		}

		report.failed.push({source, title: issue.title, problem: {kind: 'write-failed', code: 'EEXIST'}});
	};

	for (const [position, input] of found.inputs.entries()) {
		const inputBytes = Math.max(input.bytes, 1);
		let shareDone = 0;
		try {
			for await (const {source, result, share} of convertInput(input, parsers)) {
				const assessed = isRejection(result) ? result : assessDraft(result);
				if (isRejection(assessed)) {
					const title = isRejection(result) ? undefined : result.title || undefined;
					report.failed.push({source, problem: assessed.problem, ...(title === undefined ? {} : {title})});
				} else {
					store(source, assessed);
				}

				shareDone += share;
				options.onProgress?.({bytesDone: bytesDone + Math.min(1, shareDone) * inputBytes, inputsDone: position, plan});
			}
		} catch (error) {
			if (error instanceof ExportWriteError) {
				throw error;
			}

			// A file system error is the input's own; anything else, a parser giving up on junk in
			// a way no check foresaw, costs the input and not the batch.
			const unreadable = (error as NodeJS.ErrnoException | undefined)?.code !== undefined;
			report.failed.push({source: {file: input.file}, problem: unreadable ? {kind: 'unreadable', detail: fsErrorCode(error)} : problemOf(error)});
		}

		bytesDone += inputBytes;
		options.onProgress?.({bytesDone, inputsDone: position + 1, plan});
	}

	return report;
}
