import type {ArchiveWarning} from '../archive/file-problem.js';
import type {Issue, SourceFormat} from '../archive/issue.js';
import type {ArchiveWatch} from './archive-watch.js';
import type {FileStamp} from './read-issue-file.js';

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
	/**
	 * Names the catalog's contents: a new one whenever a file is added, changed or removed.
	 * What is kept in step with the catalog (the search index) keeps the revision it saw, and
	 * while it is the same has nothing to compare. Undefined without a cache folder.
	 */
	revision?: string;
	/** Whether some issue file is a symbolic link (never trusted on a watcher's word). */
	links: boolean;
	/** The entries as `list` prints them, all unread, when the cache had them for this very catalog. */
	printed?: Uint8Array;
};

export type CatalogOptions = {
	/** The archive watcher, when one may run. */
	watch?: ArchiveWatch;
	/** Called while changed files are parsed: `done` of `total` (a first catalog parses them all). */
	onProgress?: (done: number, total: number) => void;
	/** Called with each issue parsed (not those taken from the cache), for a caller that learns from them. */
	onIssue?: (file: string, stamp: FileStamp, issue: Issue) => void;
};
