import {statSync} from 'node:fs';
import path from 'node:path';
import type {ArchiveWarning} from '../archive/file-problem.js';
import type {Issue} from '../archive/issue.js';
import {storyWords} from '../archive/reading-time.js';
import {resolveIssue} from '../archive/resolve-issue.js';
import {issueFormatOf} from '../archive/issue-file.js';
import {progressListener, progressThreshold} from '../cli/progress-bar.js';
import {linkedToCatalog, readCatalog, readCatalogIssue, type Catalog, type CatalogEntry} from '../library/catalog.js';
import {loadIssueParsers} from '../library/issue-parsers.js';
import {readIssueFile} from '../library/read-issue-file.js';
import {learnedBoilerplate} from '../library/learned-boilerplate-cache.js';
import type {LearnedBoilerplate} from '../archive/learned-boilerplate.js';
import {keepIssue, readKeptIssue} from '../library/story-cache.js';
import {CommandError, type CommandContext} from './command-context.js';
import {namesIssueFile} from './issue-file-argument.js';

export type LoadOptions = {
	/** Hears of each file read while many are (a first run on a large archive); without one, a progress bar shows on stderr when it is a terminal. */
	onProgress?: (done: number, total: number) => void;
};

/** The archive's catalog (cached metadata of every issue), reporting each skipped file on stderr. */
export async function loadCatalog(context: CommandContext, {onProgress}: LoadOptions = {}): Promise<Catalog> {
	const catalog = await readCatalog(context.archiveDir, context.paths.cacheDir, {
		watch: context.archiveWatch,
		onProgress: onProgress ?? terminalProgress(context),
	});
	reportSkipped(context, catalog.warnings);
	return catalog;
}

/**
 * A progress bar on stderr, decided on the first file read: asking whether stderr is a
 * terminal creates Node's stream for it, which a start that reads no file need not pay for.
 */
function terminalProgress(context: CommandContext): (done: number, total: number) => void {
	let listener: ((done: number, total: number) => void) | null | undefined;
	return (done, total) => {
		if (total < progressThreshold) {
			return;
		}

		listener ??= context.stderrIsTerminal ? progressListener(context.status, context.messages.readingArchive) : null;
		listener?.(done, total);
	};
}

/** Each catalog's learned boilerplate, asked once however many of its issues are read. */
const boilerplateOf = new WeakMap<Catalog, Promise<LearnedBoilerplate>>();

/** The boilerplate learned from the catalog's archive, with the user's choices of what stays story. */
async function catalogBoilerplate(context: CommandContext, catalog: Catalog): Promise<LearnedBoilerplate> {
	let boilerplate = boilerplateOf.get(catalog);
	if (boilerplate === undefined) {
		boilerplate = learnedBoilerplate(catalog, context.paths.cacheDir, context.readState().storyBlocks ?? []);
		boilerplateOf.set(catalog, boilerplate);
	}

	return boilerplate;
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
	const [parsers, boilerplate] = await Promise.all([loadIssueParsers(entries.some(entry => entry.format === 'markdown')), catalogBoilerplate(context, catalog)]);
	const withBoilerplate = {...parsers, boilerplate};
	return entry => reported(context, readCatalogIssue(entry, catalog.entries, withBoilerplate));
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
 * bad since it was catalogued. An issue printed before comes parsed from the story cache,
 * which holds while the catalog's stamp of the file is the one it was kept with; one parsed
 * now is kept there.
 */
export async function readOneIssue(context: CommandContext, catalog: Catalog, entry: CatalogEntry): Promise<Issue | undefined> {
	const {cacheDir} = context.paths;
	const boilerplate = await catalogBoilerplate(context, catalog);
	const kept = readKeptIssue(cacheDir, entry.file, entry, boilerplate.id);
	if (kept !== undefined) {
		return linkedToCatalog(kept, catalog.entries);
	}

	const parsers = await loadIssueParsers(entry.format === 'markdown');
	const parsed = reported(context, readIssueFile(entry.file, {...parsers, boilerplate}));
	if (parsed === undefined) {
		return undefined;
	}

	// Counted once, here, and kept: the JSON export would count them on every start. Kept
	// under the catalog's stamp: should the file have changed since it was catalogued, the
	// next catalog has another stamp, and the issue is parsed again.
	const issue = {...parsed, words: storyWords(parsed)};
	keepIssue(cacheDir, entry.file, entry, boilerplate.id, issue);
	return linkedToCatalog(issue, catalog.entries);
}

/**
 * A file named on the command line, read as an issue and not imported (so the archive is
 * not even looked at); its teasers point nowhere.
 */
export async function readNamedFile(context: CommandContext, name: string): Promise<Issue> {
	const file = path.resolve(name);
	const format = issueFormatOf(file);
	const stats = statSync(file, {throwIfNoEntry: false});
	if (stats?.isDirectory()) {
		throw new CommandError(context.messages.cannotReadIssueFile(name, {kind: 'unreadable', detail: 'EISDIR'}));
	}

	if (format === undefined) {
		throw new CommandError(context.messages.notAnIssueFile(name));
	}

	// A missing file has no stats: reading it says why.
	const result = readIssueFile(file, await loadIssueParsers(format === 'markdown'), stats);
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
