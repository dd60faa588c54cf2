import {statSync} from 'node:fs';
import path from 'node:path';
import {linkedToCatalog, readCatalog, readCatalogIssue, type Catalog, type CatalogEntry} from '../archive/catalog.js';
import {loadMarkdownParser} from '../archive/issue-from-bytes.js';
import type {ArchiveWarning} from '../archive/file-problem.js';
import type {Issue} from '../archive/issue.js';
import {readIssueFile} from '../archive/load-archive.js';
import {storyWords} from '../archive/reading-time.js';
import {resolveIssue} from '../archive/resolve-issue.js';
import {issueFormatOf} from '../archive/issue-file.js';
import {keepIssue, readKeptIssue} from '../archive/story-cache.js';
import {CommandError, type CommandContext} from './command-context.js';
import {namesIssueFile} from './issue-file-argument.js';

/** The archive's catalog (cached metadata of every issue), reporting each skipped file on stderr. */
export async function loadCatalog(context: CommandContext): Promise<Catalog> {
	const catalog = await readCatalog(context.archiveDir, context.paths.cacheDir, context.archiveWatch);
	reportSkipped(context, catalog.warnings);
	return catalog;
}

/** One line on stderr for each file of the archive that is not read. */
export function reportSkipped(context: CommandContext, warnings: readonly ArchiveWarning[]): void {
	for (const warning of warnings) {
		context.warn(context.messages.skippedFile(warning.file, warning.problem));
	}
}

/** The entry `<issue>` names, or a CommandError that says what exists instead. */
export function findEntry(context: CommandContext, catalog: Catalog, query: string): CatalogEntry {
	const resolution = resolveIssue(query, catalog.entries);
	if ('issue' in resolution) {
		return resolution.issue;
	}

	switch (resolution.problem) {
		case 'empty': {
			throw new CommandError(context.messages.noIssues(context.archiveDir));
		}

		case 'several': {
			throw new CommandError(context.messages.severalIssuesMatch(query, resolution.ids));
		}

		case 'none': {
			throw new CommandError(context.messages.noIssueMatches(query, resolution.nearest));
		}
	}
}

/**
 * A reader of whole issues from the catalog, teasers linked. What reading `entries` needs
 * is loaded first, so the reader itself is synchronous: the interactive reader opens issues
 * inside a key press.
 */
export async function issueReader(context: CommandContext, catalog: Catalog, entries: readonly CatalogEntry[] = catalog.entries): Promise<(entry: CatalogEntry) => Issue | undefined> {
	if (entries.some(entry => entry.format === 'markdown')) {
		await loadMarkdownParser();
	}

	return entry => reported(context, readCatalogIssue(entry, catalog.entries));
}

/** The issue; or undefined when its file went bad after it was catalogued, reported like any skipped file. */
function reported(context: CommandContext, result: Issue | ArchiveWarning): Issue | undefined {
	if ('problem' in result) {
		context.warn(context.messages.skippedFile(result.file, result.problem));
		return undefined;
	}

	return result;
}

/**
 * The whole issue behind one entry, teasers linked; undefined (reported) when the file went
 * bad since it was catalogued. An issue printed before comes parsed from the cache
 * (story-cache.ts); one parsed now is kept there.
 */
export async function readOneIssue(context: CommandContext, catalog: Catalog, entry: CatalogEntry): Promise<Issue | undefined> {
	const {cacheDir} = context.paths;
	// Looked at before reading: should the file change while it is read, the kept issue is
	// keyed to the older state, and the next reading parses the file again.
	const stats = statSync(entry.file, {throwIfNoEntry: false});
	const kept = stats?.isFile() ? readKeptIssue(cacheDir, entry.file, stats) : undefined;
	if (kept !== undefined) {
		return linkedToCatalog(kept, catalog.entries);
	}

	if (entry.format === 'markdown') {
		await loadMarkdownParser();
	}

	const parsed = reported(context, readIssueFile(entry.file, stats));
	if (parsed === undefined) {
		return undefined;
	}

	// Counted once, here, and kept: the JSON export would count them on every start.
	const issue = {...parsed, words: storyWords(parsed)};
	if (stats !== undefined) {
		keepIssue(cacheDir, entry.file, stats, issue);
	}

	return linkedToCatalog(issue, catalog.entries);
}

/**
 * A file named on the command line, read as an issue and not imported (so the archive is
 * not even looked at); its teasers point nowhere.
 */
async function readNamedFile(context: CommandContext, name: string): Promise<Issue> {
	const file = path.resolve(name);
	const format = issueFormatOf(file);
	if (statSync(file, {throwIfNoEntry: false})?.isDirectory()) {
		throw new CommandError(context.messages.cannotReadIssueFile(name, {kind: 'unreadable', detail: 'EISDIR'}));
	}

	if (format === undefined) {
		throw new CommandError(context.messages.notAnIssueFile(name));
	}

	if (format === 'markdown') {
		await loadMarkdownParser();
	}

	const result = readIssueFile(file);
	if ('problem' in result) {
		throw new CommandError(context.messages.cannotReadIssueFile(name, result.problem));
	}

	return {...result, words: storyWords(result)};
}

/** The whole issue `<issue>` names: in the archive, or a file given by its path. */
export async function findIssue(context: CommandContext, query: string): Promise<Issue> {
	if (namesIssueFile(query)) {
		return readNamedFile(context, query);
	}

	const catalog = await loadCatalog(context);
	const entry = findEntry(context, catalog, query);
	const issue = await readOneIssue(context, catalog, entry);
	if (!issue) {
		throw new CommandError(context.messages.noIssueMatches(query, []));
	}

	return issue;
}
