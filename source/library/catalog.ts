import {readFileSync, statSync, type Stats} from 'node:fs';
import path from 'node:path';
import type {ArchiveWarning, FileProblem} from '../archive/file-problem.js';
import type {Issue, SourceFormat} from '../archive/issue.js';
import {issueFormatOf, issueIdOf} from '../archive/issue-file.js';
import {IssueIdOwners} from '../archive/issue-id-owners.js';
import {compareNewestFirst} from '../archive/issue-order.js';
import {linkTeasersByScan} from '../archive/link-teasers.js';
import {pathKey} from '../archive/path-key.js';
import {storyWords} from '../archive/reading-time.js';
import {listArchive, type ArchiveListing} from './archive-folder.js';
import {stillHolds, type ArchiveWatch} from './archive-watch.js';
import {loadIssueParsers, type IssueParsers} from './issue-parsers.js';
import {readIssueFile, type FileStamp} from './read-issue-file.js';
import {parserVersion} from './parser-version.js';
import {writeCacheFile} from './write-file-atomically.js';

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

export type CatalogEntry = {
	id: string;
	title: string;
	date: string | null;
	file: string;
	format: SourceFormat;
	words: number;
	/** The file's stamp when it was catalogued: a cache of the issue holds while it matches. */
	size: number;
	mtimeMs: number;
};

export type Catalog = {
	dir: string;
	/** Newest first. */
	entries: CatalogEntry[];
	warnings: ArchiveWarning[];
	/** The archive watcher's generation at which this is the archive's catalog, if one answered. */
	generation?: string;
	/** Whether some issue file is a symbolic link (never trusted on a watcher's word). */
	links: boolean;
};

export type CatalogOptions = {
	/** The archive watcher, when one may run. */
	watch?: ArchiveWatch;
	/** Called while changed files are parsed: `done` of `total` (a first catalog parses them all). */
	onProgress?: (done: number, total: number) => void;
	/** Called with each issue parsed (not those taken from the cache), for a caller that learns from them. */
	onIssue?: (file: string, stamp: FileStamp, issue: Issue) => void;
};

/** Bumped whenever what the catalog caches changes: old caches are rebuilt. */
export const catalogCacheVersion = 3 * 1000 + parserVersion;

// Compact rows parse several times faster than objects at 10,000 issues.
type CachedIssue = [relative: string, size: number, mtimeMs: number, id: string, title: string, date: string | null, format: SourceFormat, words: number];
type CachedProblem = [relative: string, size: number, mtimeMs: number, problem: FileProblem];
type CachedFolder = [relative: string, mtimeMs: number];
type CacheFile = {
	version: number;
	dir: string;
	/** In path order: the order in which an issue id goes to the first file that has it. */
	files: Array<CachedIssue | CachedProblem>;
	/** The catalog's order (newest first), as indexes into `files`: no sorting while nothing changed. */
	order?: number[];
	/** Every folder read, with its modification time, and when they were read (ms since the epoch). */
	folders?: CachedFolder[];
	listedAt?: number;
	/** The watcher's generation when every file was last checked, if one answered. */
	generation?: string;
	/** Whether some issue file is a link (then the cache is never taken on a watcher's word). */
	links?: boolean;
};

/** A usable cache file's rows, in the order of the listing they were made from. */
type Cache = {rows: Array<CachedIssue | CachedProblem>; generation: string | undefined; links: boolean; order: number[] | undefined; folders: CachedFolder[] | undefined; listedAt: number};

export function catalogCachePath(cacheDir: string, archiveDir: string): string {
	return path.join(cacheDir, `catalog-${pathKey(path.resolve(archiveDir))}.json`);
}

function isCachedIssue(row: unknown): row is CachedIssue {
	return Array.isArray(row) && row.length === 8 && typeof row[0] === 'string' && typeof row[1] === 'number'
		&& typeof row[2] === 'number' && typeof row[3] === 'string' && typeof row[4] === 'string'
		&& (row[5] === null || typeof row[5] === 'string') && (row[6] === 'page-dump' || row[6] === 'markdown') && typeof row[7] === 'number';
}

function isCachedProblem(row: unknown): row is CachedProblem {
	return Array.isArray(row) && row.length === 4 && typeof row[0] === 'string' && typeof row[1] === 'number'
		&& typeof row[2] === 'number' && typeof row[3] === 'object' && row[3] !== null && typeof (row[3] as {kind?: unknown}).kind === 'string';
}

/** The cache; undefined (so everything is re-read) when it is missing, corrupt or old. */
function readCache(file: string, dir: string): Cache | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}

	const cache = parsed as Partial<CacheFile> | null;
	if (cache?.version !== catalogCacheVersion || cache.dir !== dir || !Array.isArray(cache.files)) {
		return undefined;
	}

	const rows = cache.files.filter((row: unknown) => isCachedIssue(row) || isCachedProblem(row));
	// A row dropped as malformed must not be missed on a watcher's word.
	const whole = rows.length === cache.files.length;
	const folders = Array.isArray(cache.folders) && cache.folders.every(folder => Array.isArray(folder) && typeof folder[0] === 'string' && typeof folder[1] === 'number') ? cache.folders : undefined;
	return {
		rows,
		generation: whole && typeof cache.generation === 'string' ? cache.generation : undefined,
		links: cache.links !== false,
		order: whole && Array.isArray(cache.order) ? cache.order : undefined,
		folders: whole ? folders : undefined,
		listedAt: typeof cache.listedAt === 'number' ? cache.listedAt : 0,
	};
}

/**
 * How long before a listing a folder must have last changed for its modification time to
 * vouch for it later. A folder changed again within the same tick of the file system's
 * clock keeps its time; git's index has the same race, and settles it the same way.
 */
const racyFolderMs = 2000;

/**
 * The files of the last listing, when no folder changed since: a file added, removed or
 * renamed changes its folder's modification time. Undefined when any folder changed, is
 * gone, or changed too close to the listing to tell.
 */
function unchangedListing(root: string, cache: Cache): ArchiveListing | undefined {
	if (cache.folders === undefined || cache.folders.length === 0) {
		return undefined;
	}

	for (const [relative, mtimeMs] of cache.folders) {
		if (mtimeMs > cache.listedAt - racyFolderMs) {
			return undefined;
		}

		const folder = relative === '' ? root : `${root}${path.sep}${relative}`;
		if (statSync(folder, {throwIfNoEntry: false})?.mtimeMs !== mtimeMs) {
			return undefined;
		}
	}

	return {
		files: cache.rows.map(row => `${root}${path.sep}${row[0]}`),
		links: cache.links,
		folders: cache.folders.map(([relative]) => (relative === '' ? root : `${root}${path.sep}${relative}`)),
	};
}

/** Each folder's modification time, taken before its files are looked at; undefined when one cannot be had. */
function folderTimes(root: string, folders: readonly string[]): CachedFolder[] | undefined {
	const times: CachedFolder[] = [];
	for (const folder of folders) {
		const mtimeMs = statSync(folder, {throwIfNoEntry: false})?.mtimeMs;
		if (mtimeMs === undefined) {
			return undefined;
		}

		times.push([folder === root ? '' : folder.slice(root.length + 1), mtimeMs]);
	}

	return times;
}

/** How many of the newest issues the head file keeps: more than any terminal shows at once. */
const headSize = 200;

type HeadFile = {version: number; dir: string; total: number; entries: CatalogEntry[]};

function headPathOf(cacheFile: string): string {
	return cacheFile.replace(/\.json$/u, '.head.json');
}

/** The newest issues and their count, as the catalog last stood. */
export type CatalogHead = {total: number; entries: CatalogEntry[]};

/**
 * The newest issues as the cache last left them, without looking at the files: a few KB
 * from which the library paints its first frame at once (with 10,000 issues, checking every
 * file takes longer than the whole first frame). The caller must still read the real catalog
 * and use that; undefined when there is no usable head.
 */
export function readCatalogHead(dir: string, cacheDir: string): CatalogHead | undefined {
	const root = path.resolve(dir);
	try {
		const head = JSON.parse(readFileSync(headPathOf(catalogCachePath(cacheDir, root)), 'utf8')) as Partial<HeadFile> | null;
		if (head?.version !== catalogCacheVersion || head.dir !== root || !Array.isArray(head.entries) || typeof head.total !== 'number') {
			return undefined;
		}

		const entries = head.entries.filter((entry): entry is CatalogEntry => typeof entry?.id === 'string' && typeof entry.title === 'string'
			&& (entry.date === null || typeof entry.date === 'string') && typeof entry.words === 'number'
			&& typeof entry.size === 'number' && typeof entry.mtimeMs === 'number');
		return {total: head.total, entries};
	} catch {
		return undefined;
	}
}

function entryOf(row: CachedIssue, dir: string): CatalogEntry {
	return {id: row[3], title: row[4], date: row[5], file: `${dir}${path.sep}${row[0]}`, format: row[6], words: row[7], size: row[1], mtimeMs: row[2]};
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
		return {...catalogOf(root, cache.rows, cache.order), generation, links: cache.links};
	}

	const listedAt = Date.now();
	const kept = cache === undefined ? undefined : unchangedListing(root, cache);
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
		if (onIssue !== undefined && !('problem' in result)) {
			onIssue(file, {size, mtimeMs}, result);
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
	if (cacheFile !== undefined && (changed || relabel || relisted || links !== cache?.links)) {
		const indexOf = new Map(complete.map((row, index) => [row[0], index]));
		const order = catalog.entries.map(entry => indexOf.get(entry.file.slice(root.length + 1))!);
		const written: CacheFile = {version: catalogCacheVersion, dir: root, files: complete, links, order};
		if (folders !== undefined) {
			written.folders = folders;
			written.listedAt = kept === undefined ? listedAt : cache!.listedAt;
		}

		const label = generation ?? (changed ? undefined : cache?.generation);
		if (label !== undefined) {
			written.generation = label;
		}

		writeCacheFile(cacheFile, JSON.stringify(written));
		if (changed) {
			const head: HeadFile = {version: catalogCacheVersion, dir: root, total: catalog.entries.length, entries: catalog.entries.slice(0, headSize)};
			writeCacheFile(headPathOf(cacheFile), JSON.stringify(head));
		}
	}

	return generation === undefined ? {...catalog, links} : {...catalog, generation, links};
}

/** One object for every stat of the loop, which is run for every file of the archive. */
const statOptions = {throwIfNoEntry: false} as const;

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
		const entry = entryOf(row, root);
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
	const ordered: CatalogEntry[] = [];
	for (const index of order) {
		const entry = entryAt[index];
		if (entry === undefined || used[index] === 1 || (ordered.length > 0 && compareNewestFirst(ordered.at(-1)!, entry) > 0)) {
			return undefined;
		}

		used[index] = 1;
		ordered.push(entry);
	}

	return ordered;
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
