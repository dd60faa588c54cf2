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
import {listArchive} from './archive-folder.js';
import {stillHolds, type ArchiveWatch} from './archive-watch.js';
import {loadIssueParsers, type IssueParsers} from './issue-parsers.js';
import {readIssueFile} from './read-issue-file.js';
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
};

/** Bumped whenever what the catalog caches changes: old caches are rebuilt. */
export const catalogCacheVersion = 3 * 1000 + parserVersion;

// Compact rows parse several times faster than objects at 10,000 issues.
type CachedIssue = [relative: string, size: number, mtimeMs: number, id: string, title: string, date: string | null, format: SourceFormat, words: number];
type CachedProblem = [relative: string, size: number, mtimeMs: number, problem: FileProblem];
type CacheFile = {
	version: number;
	dir: string;
	files: Array<CachedIssue | CachedProblem>;
	/** The watcher's generation when every file was last checked, if one answered. */
	generation?: string;
	/** Whether some issue file is a link (then the cache is never taken on a watcher's word). */
	links?: boolean;
};

/** A usable cache file's rows, in the order of the listing they were made from. */
type Cache = {rows: Array<CachedIssue | CachedProblem>; generation: string | undefined; links: boolean};

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
	return {
		rows,
		generation: whole && typeof cache.generation === 'string' ? cache.generation : undefined,
		links: cache.links !== false,
	};
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
export async function readCatalog(dir: string, cacheDir?: string, {watch, onProgress}: CatalogOptions = {}): Promise<Catalog> {
	const root = path.resolve(dir);
	const cacheFile = cacheDir === undefined ? undefined : catalogCachePath(cacheDir, root);
	const cache = cacheFile === undefined ? undefined : readCache(cacheFile, root);
	// Asked before any file is looked at: whatever changes from now on makes another generation.
	const generation = await watch?.generation();
	if (cache !== undefined && stillHolds(cache, generation)) {
		return {...catalogOf(root, cache.rows), generation, links: cache.links};
	}

	const {files, links} = listArchive(root);
	const cached = new Map(cache?.rows.map(row => [row[0], row]));
	const rows: Array<CachedIssue | CachedProblem | {file: string; relative: string; stats: Stats | undefined}> = [];
	let changed = false;
	let markdownToRead = false;

	for (const file of files) {
		// Listed below the root, so the relative path is the rest of the string.
		const relative = file.slice(root.length + 1);
		const stats = statSync(file, {throwIfNoEntry: false});
		const previous = cached.get(relative);
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
		rows[index] = 'problem' in result
			? [relative, size, mtimeMs, result.problem]
			: [relative, size, mtimeMs, result.id, result.title, result.date, result.format, storyWords(result)];
	}

	if (cached.size !== rows.length) {
		changed = true;
	}

	const complete = rows as Array<CachedIssue | CachedProblem>;
	const catalog = catalogOf(root, complete);
	// A label is replaced only by a newer one: a check that had no watcher's word but found
	// nothing changed leaves the cache as it was, label and all (the label still holds).
	const relabel = generation !== undefined && generation !== cache?.generation;
	if (cacheFile !== undefined && (changed || relabel || links !== cache?.links)) {
		const written: CacheFile = {version: catalogCacheVersion, dir: root, files: complete, links};
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

/** The catalog made of the cache's rows (in listing order). */
function catalogOf(root: string, complete: ReadonlyArray<CachedIssue | CachedProblem>): Omit<Catalog, 'links'> {
	const entries: CatalogEntry[] = [];
	const warnings: ArchiveWarning[] = [];
	const owners = new IssueIdOwners();
	for (const row of complete) {
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
		entries.push(entryOf(row, root));
	}

	entries.sort(compareNewestFirst);
	return {dir: root, entries, warnings};
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
