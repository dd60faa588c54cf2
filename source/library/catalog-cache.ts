import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {ArchiveWarning, FileProblem} from '../archive/file-problem.js';
import type {SourceFormat} from '../archive/issue.js';
import {pathKey} from '../archive/path-key.js';
import {stillHolds, type ArchiveWatch} from './archive-watch.js';
import type {CatalogEntry} from './catalog-model.js';
import {unchangedListing} from './kept-listing.js';
import {parserVersion} from './parser-version.js';
import {writeCacheFile} from './write-file-atomically.js';

// The catalog's files in the cache folder: what they hold and how they are read and written.

/** Bumped whenever what the catalog caches changes: old caches are rebuilt. */
export const catalogCacheVersion = 4 * 1000 + parserVersion;

// Compact rows parse several times faster than objects at 10,000 issues.
export type CachedIssue = [relative: string, size: number, mtimeMs: number, id: string, title: string, date: string | null, format: SourceFormat, words: number];
export type CachedProblem = [relative: string, size: number, mtimeMs: number, problem: FileProblem];
export type CachedFolder = [relative: string, mtimeMs: number];
/**
 * The cache file is four parts, so that a command reads only what it needs: a header line
 * (JSON); a stamps line (JSON: each file's path, size and time, and the folders); a body
 * line (JSON: the rows, with what parsing found); and the printed `list` rows of every issue
 * in the catalog's order, all unread. A `list` of an unchanged archive checks the stamps and
 * prints the rows as they are, with the reading states put in; given a watcher's word it
 * does not even check the stamps.
 */
export type CacheHeader = {
	version: number;
	dir: string;
	/** The watcher's generation when every file was last checked, if one answered. */
	generation?: string;
	revision?: string;
	/** Whether some issue file is a link (then the cache is never taken on a watcher's word). */
	links?: boolean;
	/** When the folders were read (ms since the epoch). */
	listedAt?: number;
	/** What is reported of the archive on every listing: files skipped and why. */
	warnings?: ArchiveWarning[];
	/** The byte length of the printed rows at the end. */
	listBytes?: number;
};

export type CacheBody = {
	/** In path order: the order in which an issue id goes to the first file that has it. */
	files: Array<CachedIssue | CachedProblem>;
	/** The catalog's order (newest first), as indexes into `files`: no sorting while nothing changed. */
	order?: number[];
	/** Every folder read, with its modification time (kept in the stamps line). */
	folders?: CachedFolder[];
};

/** The stamps line: each file's path below the archive, size and time, in the body's order. */
type CacheStamps = {files: Array<[relative: string, size: number, mtimeMs: number]>; folders?: CachedFolder[]};

/** A usable cache file's rows, in the order of the listing they were made from. */
export type Cache = {printed: Uint8Array | undefined; rows: Array<CachedIssue | CachedProblem>; generation: string | undefined; revision: string | undefined; links: boolean; order: number[] | undefined; folders: CachedFolder[] | undefined; listedAt: number};

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

/** A cache file's header, and where each of its other parts starts. */
type CacheParts = {header: CacheHeader; bytes: Buffer; stampsStart: number; bodyStart: number; printedStart: number};

/** The header of a cache file, and where its parts lie; undefined when it is missing, corrupt or old. */
function readParts(file: string, dir: string): CacheParts | undefined {
	try {
		const bytes = readFileSync(file);
		const end = bytes.indexOf(10);
		const header = JSON.parse(bytes.toString('utf8', 0, end)) as Partial<CacheHeader> | null;
		if (end === -1 || header?.version !== catalogCacheVersion || header.dir !== dir) {
			return undefined;
		}

		const bodyStart = bytes.indexOf(10, end + 1) + 1;
		const printedStart = bodyStart === 0 ? 0 : bytes.indexOf(10, bodyStart) + 1;
		if (printedStart === 0) {
			return undefined;
		}

		return {header: header as CacheHeader, bytes, stampsStart: end + 1, bodyStart, printedStart};
	} catch {
		return undefined;
	}
}

function isFolder(folder: unknown): folder is CachedFolder {
	return Array.isArray(folder) && typeof folder[0] === 'string' && typeof folder[1] === 'number';
}

/** The cache; undefined (so everything is re-read) when it is missing, corrupt or old. */
export function readCache(file: string, dir: string): Cache | undefined {
	const read = readParts(file, dir);
	if (read === undefined) {
		return undefined;
	}

	const {header, bytes, stampsStart, bodyStart, printedStart} = read;
	let cache: Partial<CacheBody> | null;
	let stamps: Partial<CacheStamps> | null;
	try {
		stamps = JSON.parse(bytes.toString('utf8', stampsStart, bodyStart - 1)) as Partial<CacheStamps> | null;
		cache = JSON.parse(bytes.toString('utf8', bodyStart, printedStart - 1)) as Partial<CacheBody> | null;
	} catch {
		return undefined;
	}

	if (!Array.isArray(cache?.files)) {
		return undefined;
	}

	const rows = cache.files.filter((row: unknown) => isCachedIssue(row) || isCachedProblem(row));
	// A row dropped as malformed must not be missed on a watcher's word.
	const whole = rows.length === cache.files.length;
	const folders = Array.isArray(stamps?.folders) && stamps.folders.every(folder => isFolder(folder)) ? stamps.folders : undefined;
	return {
		printed: whole && header.listBytes === bytes.length - printedStart ? bytes.subarray(printedStart) : undefined,
		rows,
		generation: whole && typeof header.generation === 'string' ? header.generation : undefined,
		revision: whole && typeof header.revision === 'string' ? header.revision : undefined,
		links: header.links !== false,
		order: whole && Array.isArray(cache.order) ? cache.order : undefined,
		folders: whole ? folders : undefined,
		listedAt: typeof header.listedAt === 'number' ? header.listedAt : 0,
	};
}

function isWarning(value: unknown): value is ArchiveWarning {
	const warning = value as Partial<ArchiveWarning> | null;
	return typeof warning?.file === 'string' && typeof (warning.problem as {kind?: unknown} | undefined)?.kind === 'string';
}

/** The printed `list` rows of an unchanged catalog, all unread, and what is reported with them. */
export type PrintedCatalog = {rows: Uint8Array; warnings: ArchiveWarning[]; revision: string | undefined};

/**
 * The catalog's printed rows and warnings when no file changed since they were made, found
 * without reading the catalog's rows: on a watcher's word, or by checking each file's stamp
 * (and, through the folders' times, that no file came or went). Undefined when anything
 * changed or cannot be told: the caller then reads the catalog, which brings it up to date.
 */
export async function readPrintedCatalog(dir: string, cacheDir: string, watch: ArchiveWatch): Promise<PrintedCatalog | undefined> {
	const root = path.resolve(dir);
	const read = readParts(catalogCachePath(cacheDir, root), root);
	const generation = await watch.generation();
	if (read === undefined) {
		return undefined;
	}

	const {header, bytes, stampsStart, bodyStart, printedStart} = read;
	const warnings = Array.isArray(header.warnings) && header.warnings.every(warning => isWarning(warning)) ? header.warnings : undefined;
	if (header.listBytes !== bytes.length - printedStart || warnings === undefined) {
		return undefined;
	}

	const printed = {rows: bytes.subarray(printedStart), warnings, revision: typeof header.revision === 'string' ? header.revision : undefined};
	const links = header.links !== false;
	if (stillHolds({generation: header.generation, links}, generation)) {
		return printed;
	}

	let stamps: Partial<CacheStamps> | null;
	try {
		stamps = JSON.parse(bytes.toString('utf8', stampsStart, bodyStart - 1)) as Partial<CacheStamps> | null;
	} catch {
		return undefined;
	}

	const files = stamps?.files;
	const folders = stamps?.folders;
	if (!Array.isArray(files) || !Array.isArray(folders) || !folders.every(folder => isFolder(folder))) {
		return undefined;
	}

	const relatives = files.map(file => (Array.isArray(file) ? file[0] : undefined));
	if (!relatives.every(relative => typeof relative === 'string')) {
		return undefined;
	}

	const listing = unchangedListing(root, {folders, listedAt: typeof header.listedAt === 'number' ? header.listedAt : 0, relatives, links});
	if (listing === undefined) {
		return undefined;
	}

	for (const [index, file] of listing.files.entries()) {
		const stats = statSync(file, statOptions);
		const [, size, mtimeMs] = files[index]!;
		if (stats?.size !== size || stats.mtimeMs !== mtimeMs) {
			return undefined;
		}
	}

	// Checked after the watcher was asked: the cache holds at this generation, and the next
	// command given it need not check again.
	if (generation !== undefined && !links) {
		writeCacheFile(catalogCachePath(cacheDir, root), Buffer.concat([Buffer.from(`${JSON.stringify({...header, generation})}\n`), bytes.subarray(stampsStart)]));
	}

	return printed;
}

/** One object for every stat of a loop that is run for every file of the archive. */
export const statOptions = {throwIfNoEntry: false} as const;

/** Writes the cache file: the header line, the stamps line, the body line, then the printed rows. */
export function writeCatalogCache(file: string, header: CacheHeader, body: CacheBody, printed: Uint8Array): void {
	const {folders, ...rows} = body;
	const stamps: CacheStamps = {files: body.files.map(([relative, size, mtimeMs]) => [relative, size, mtimeMs])};
	if (folders !== undefined) {
		stamps.folders = folders;
	}

	writeCacheFile(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n${JSON.stringify(stamps)}\n${JSON.stringify(rows)}\n`), printed]));
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

/** Writes the head file: the newest entries and their count. */
export function writeCatalogHead(cacheFile: string, root: string, entries: readonly CatalogEntry[]): void {
	const head: HeadFile = {version: catalogCacheVersion, dir: root, total: entries.length, entries: entries.slice(0, headSize)};
	writeCacheFile(headPathOf(cacheFile), JSON.stringify(head));
}
