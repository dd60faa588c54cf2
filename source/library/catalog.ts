import {statSync, type Stats} from 'node:fs';
import path from 'node:path';
import type {ArchiveWarning} from '../archive/file-problem.js';
import type {Issue} from '../archive/issue.js';
import {issueFormatOf, issueIdOf} from '../archive/issue-file.js';
import {IssueIdOwners} from '../archive/issue-id-owners.js';
import {compareNewestFirst} from '../archive/issue-order.js';
import {linkTeasersByScan} from '../archive/link-teasers.js';
import {storyWords} from '../archive/reading-time.js';
import {isHiddenBelow, listArchive} from './archive-folder.js';
import {stillHolds} from './archive-watch.js';
import {catalogCachePath, catalogCacheVersion, readCache, statOptions, writeCatalogCache, writeCatalogHead, type CacheBody, type CachedIssue, type CachedProblem, type CacheHeader} from './catalog-cache.js';
import type {Catalog, CatalogEntry, CatalogOptions} from './catalog-model.js';
import {loadIssueParsers, type IssueParsers} from './issue-parsers.js';
import {countingIssues, learnedBlocks} from './learned-boilerplate-cache.js';
import {folderTimes, unchangedListing} from './kept-listing.js';
import {listRow} from './list-rows.js';
import {readIssueFile} from './read-issue-file.js';

export {catalogCachePath, catalogCacheVersion, readCatalogHead, readPrintedCatalog, type CatalogHead, type PrintedCatalog} from './catalog-cache.js';
export type {Catalog, CatalogEntry, CatalogOptions} from './catalog-model.js';

/**
 * The catalog: the one owner of what is on disk. It alone lists and stats the archive's
 * files, and keeps, per file, its stamp (size and modification time) and what parsing it
 * found: id, title, date, words, or why it is not an issue. Kept in an on-disk cache under
 * `$XDG_CACHE_HOME/bell-reader/`, so listing 10,000 issues reads one small file and stats
 * the rest instead of parsing them all. An edited, renamed or deleted file is noticed on the
 * next run; a corrupt or older cache is simply rebuilt. Everything else that keeps facts
 * about files (the search index, the story cache) compares its stamps with the catalog's
 * instead of looking at the files again. With an archive watcher (`bell-reader watch`), a
 * cache checked at the generation the watcher still gives is used without looking at the files.
 */

function entryOf(row: CachedIssue, file: string): CatalogEntry {
	return {id: row[3], title: row[4], date: row[5], file, format: row[6], words: row[7], size: row[1], mtimeMs: row[2]};
}

/**
 * The catalog of an archive folder. With a cache folder, unchanged files come from the
 * cache; without one, every file is parsed. With a watch, a cache checked at the archive's
 * current generation is the catalog as it is.
 */
export async function readCatalog(dir: string, cacheDir?: string, {watch, onProgress, onIssue}: CatalogOptions = {}): Promise<Catalog> {
	const root = path.resolve(dir);
	const cacheFile = cacheDir === undefined ? undefined : catalogCachePath(cacheDir, root);
	const cache = cacheFile === undefined ? undefined : readCache(cacheFile, root);
	// Asked before any file is looked at: whatever changes from now on makes another generation.
	const generation = await watch?.generation();
	if (cache !== undefined && stillHolds(cache, generation)) {
		return {...catalogOf(root, cache.rows, cache.order), generation, links: cache.links, ...(cache.revision === undefined ? {} : {revision: cache.revision}), ...(cache.printed === undefined ? {} : {printed: cache.printed})};
	}

	const listedAt = Date.now();
	const kept = cache === undefined ? undefined : unchangedListing(root, {...cache, relatives: cache.rows.map(row => row[0])});
	const listing = kept ?? listArchive(root);
	const {files, links} = listing;
	// Taken before the files are looked at: a change from now on moves them past what is kept.
	const folders = kept === undefined ? folderTimes(root, listing.folders) : cache!.folders;
	// A kept listing is the cache's own rows, file for file: no need to look them up.
	const cached = kept === undefined ? new Map(cache?.rows.map(row => [row[0], row])) : undefined;
	const rows: Array<CachedIssue | CachedProblem | {file: string; relative: string; stats: Stats | undefined}> = [];
	let changed = false;
	let markdownToRead = false;

	for (const [index, file] of files.entries()) {
		// Listed below the root, so the relative path is the rest of the string.
		const relative = file.slice(root.length + 1);
		const stats = statSync(file, statOptions);
		const previous = cached === undefined ? cache!.rows[index] : cached.get(relative);
		if (stats && previous && previous[1] === stats.size && previous[2] === stats.mtimeMs) {
			rows.push(previous);
			continue;
		}

		changed = true;
		markdownToRead ||= issueFormatOf(file) === 'markdown';
		rows.push({file, relative, stats});
	}

	const parsers = await loadIssueParsers(markdownToRead);
	// What is parsed is counted for learning the archive's boilerplate on the way, so that
	// learning never has to parse the archive again (only hashes are kept).
	const counting = cacheDir === undefined ? undefined : countingIssues();
	const toParse = rows.reduce((count, row) => count + (Array.isArray(row) ? 0 : 1), 0);
	let parsed = 0;
	for (const [index, row] of rows.entries()) {
		if (Array.isArray(row)) {
			continue;
		}

		const {file, relative, stats} = row;
		// A file gone since the listing has no stats: reading it says why.
		const result = readIssueFile(file, parsers, stats);
		onProgress?.(++parsed, toParse);
		const size = stats?.size ?? -1;
		const mtimeMs = stats?.mtimeMs ?? -1;
		if (!('problem' in result)) {
			onIssue?.(file, {size, mtimeMs}, result);
			counting?.onIssue(file, {size, mtimeMs}, result);
		}

		rows[index] = 'problem' in result
			? [relative, size, mtimeMs, result.problem]
			: [relative, size, mtimeMs, result.id, result.title, result.date, result.format, storyWords(result)];
	}

	if (cached !== undefined && cached.size !== rows.length) {
		changed = true;
	}

	const complete = rows as Array<CachedIssue | CachedProblem>;
	const catalog = catalogOf(root, complete, changed ? undefined : cache?.order);
	// A label is replaced only by a newer one: a check that had no watcher's word but found
	// nothing changed leaves the cache as it was, label and all (the label still holds).
	const relabel = generation !== undefined && generation !== cache?.generation;
	const relisted = kept === undefined && folders !== undefined;
	let revision = cache?.revision;
	if (cacheFile !== undefined && (changed || relabel || relisted || links !== cache?.links || cache?.revision === undefined)) {
		const indexOf = new Map(complete.map((row, index) => [row[0], index]));
		const order = catalog.entries.map(entry => indexOf.get(entry.file.slice(root.length + 1))!);
		const body: CacheBody = {files: complete, order};
		revision = changed || cache?.revision === undefined ? newRevision() : cache.revision;
		const printed = Buffer.from(catalog.entries.map(entry => listRow(entry, 'unread')).join(''));
		const written: CacheHeader = {version: catalogCacheVersion, dir: root, links, revision, warnings: catalog.warnings, listBytes: printed.length};
		if (folders !== undefined) {
			body.folders = folders;
			written.listedAt = kept === undefined ? listedAt : cache!.listedAt;
		}

		const label = generation ?? (changed ? undefined : cache?.generation);
		if (label !== undefined) {
			written.generation = label;
		}

		writeCatalogCache(cacheFile, written, body, printed);
		if (changed) {
			writeCatalogHead(cacheFile, root, catalog.entries);
		}
	}

	const revised: Omit<Catalog, 'links'> = cacheFile === undefined || revision === undefined ? catalog : {...catalog, revision};
	if (cacheDir !== undefined && counting !== undefined && counting.counted.size > 0) {
		await learnedBlocks(revised, cacheDir, counting.counted);
	}

	if (!changed && cache?.printed !== undefined) {
		revised.printed = cache.printed;
	}

	return generation === undefined ? {...revised, links} : {...revised, generation, links};
}

function newRevision(): string {
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The catalog made of the cache's rows (in listing order). `order`, the newest-first order
 * kept with the rows, saves sorting them again; one that does not fit the rows is ignored.
 */
function catalogOf(root: string, complete: ReadonlyArray<CachedIssue | CachedProblem>, order?: readonly number[]): Omit<Catalog, 'links'> {
	const entries: CatalogEntry[] = [];
	// Each entry's index among the rows, for taking the kept order.
	const entryAt: Array<CatalogEntry | undefined> = [];
	const warnings: ArchiveWarning[] = [];
	const owners = new IssueIdOwners();
	for (const [index, row] of complete.entries()) {
		const file = `${root}${path.sep}${row[0]}`;
		// An issue's id is cached with it; only a file that is not one needs its name looked at.
		const id = row.length === 4 ? issueIdOf(file) : row[3];
		const duplicate = owners.duplicateOf(file, id);
		if (duplicate !== undefined) {
			warnings.push(duplicate);
			continue;
		}

		if (row.length === 4) {
			warnings.push({file, problem: row[3]});
			continue;
		}

		owners.claim(file, id);
		const entry = entryOf(row, file);
		entries.push(entry);
		entryAt[index] = entry;
	}

	const ordered = order === undefined ? undefined : keptOrder(order, entryAt, entries.length);
	if (ordered !== undefined) {
		return {dir: root, entries: ordered, warnings};
	}

	entries.sort(compareNewestFirst);
	return {dir: root, entries, warnings};
}

/** The entries in the kept order, if it names each exactly once and is newest first; a damaged cache's is not. */
function keptOrder(order: readonly number[], entryAt: ReadonlyArray<CatalogEntry | undefined>, count: number): CatalogEntry[] | undefined {
	if (order.length !== count) {
		return undefined;
	}

	const used = new Uint8Array(entryAt.length);
	const ordered: CatalogEntry[] = Array.from({length: count});
	let previous: CatalogEntry | undefined;
	for (let position = 0; position < count; position++) {
		const index = order[position]!;
		const entry = entryAt[index];
		if (entry === undefined || used[index] === 1 || (previous !== undefined && compareNewestFirst(previous, entry) > 0)) {
			return undefined;
		}

		used[index] = 1;
		ordered[position] = entry;
		previous = entry;
	}

	return ordered;
}

/**
 * The catalog with the named files looked at again, for a long-lived process that watches
 * the folder: when each named file is an issue it lists, edited in place, only those are
 * read. Undefined when the change may be more than that (a file added or removed, a folder,
 * a file that stopped being an issue): then the caller reads the whole catalog. The cache
 * file is left for the next full reading, which finds the same stamps changed.
 */
export async function updateCatalogFiles(catalog: Catalog, files: Iterable<string>): Promise<{catalog: Catalog; changed: CatalogEntry[]} | undefined> {
	const root = catalog.dir;
	const byFile = new Map(catalog.entries.map(entry => [entry.file, entry]));
	const changed = new Map<string, CatalogEntry>();
	for (const file of files) {
		if (isHiddenBelow(root, file)) {
			continue;
		}

		const stats = statSync(file, statOptions);
		if (issueFormatOf(file) === undefined) {
			// A folder made, moved or removed may hold issues; a missing one may have held some.
			if (stats === undefined || stats.isDirectory()) {
				return undefined;
			}

			continue;
		}

		const entry = byFile.get(file);
		if (entry === undefined || stats === undefined || !stats.isFile()) {
			return undefined;
		}

		if (entry.size === stats.size && entry.mtimeMs === stats.mtimeMs) {
			continue;
		}

		const result = readIssueFile(file, await loadIssueParsers(entry.format === 'markdown'), stats);
		if ('problem' in result) {
			return undefined;
		}

		changed.set(file, {...entry, title: result.title, date: result.date, words: storyWords(result), size: stats.size, mtimeMs: stats.mtimeMs});
	}

	if (changed.size === 0) {
		return {catalog, changed: []};
	}

	const entries = catalog.entries.map(entry => changed.get(entry.file) ?? entry).sort(compareNewestFirst);
	const {printed: _stale, revision: _old, ...rest} = catalog;
	return {catalog: {...rest, entries}, changed: [...changed.values()]};
}

/**
 * Reads the whole issue behind a catalog entry, teasers linked to the catalog's `entries`;
 * a warning when the file went bad since it was catalogued. Markdown entries need parsers
 * with the Markdown reader.
 */
export function readCatalogIssue(entry: CatalogEntry, entries: readonly CatalogEntry[], parsers: IssueParsers): Issue | ArchiveWarning {
	const result = readIssueFile(entry.file, parsers);
	return 'problem' in result ? result : linkedToCatalog(result, entries);
}

/** An issue with its teasers linked to the catalog's `entries`. */
export function linkedToCatalog(issue: Issue, entries: readonly CatalogEntry[]): Issue {
	return issue.teasers.length === 0 ? issue : linkTeasersByScan(issue, entries);
}
