import type {ArchiveWarning, FileProblem} from '../archive/file-problem.js';
import type {SearchQuery} from './parse-query.js';

/**
 * What the search index keeps per archive file, whichever engine stores it. A file is
 * re-read when its size or modification time differs from its stamp.
 */
export type FileStamp = {size: number; mtimeMs: number};

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
	return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** An issue as the engines index it: terms (see `termOf`), with a block separator in the story. */
export type IndexedDocument = {
	id: string;
	title: string;
	date: string | null;
	titleTerms: string[];
	bodyTerms: string[];
};

/** A file's stamp and, when it is not an issue, why (so it is not re-read every time). */
export type StoredFile = FileStamp & {problem?: FileProblem};

/** Which issues a search may answer with, and in what order. */
export type SearchOptions = {
	/** `YYYY-MM-DD`, inclusive; issues without a date are left out when either is given. */
	since?: string;
	until?: string;
	/** Best first (the default), or newest first. */
	sort?: 'relevance' | 'date';
};

export type RankedDocument = {path: string; id: string; title: string; date: string | null; score: number};

export type IndexWriter = {
	remove(path: string): void;
	put(path: string, stamp: FileStamp, entry: IndexedDocument | {problem: FileProblem}): void;
};

export type EngineName = 'sqlite' | 'builtin';

/**
 * The catalog the index was last brought in line with: while the catalog keeps the same
 * revision, the index is in line with the archive and has nothing to compare.
 */
export type VerifiedArchive = {
	/** The catalog's revision (stored under the name older indexes used for it). */
	generation: string;
	skipped: ArchiveWarning[];
	/** Whether the archive has Markdown issues (reading them needs the Markdown reader). */
	markdown: boolean;
	/** Whether some issue file is a link, whose target no watcher of the folder sees change. */
	links: boolean;
};

/** One storage engine: SQLite FTS5, or the built-in one when the native module cannot load. */
export type IndexBackend = {
	readonly engine: EngineName;
	files(): ReadonlyMap<string, StoredFile>;
	/** One file's entry, without reading them all. */
	file(path: string): StoredFile | undefined;
	/** Applies the changes all at once: a crash in between leaves the index as it was. */
	write(change: (writer: IndexWriter) => void): void;
	/**
	 * How many files a long (re)indexing writes at a time, so that an interrupted first build
	 * keeps what it did; Infinity where each write costs the whole index.
	 */
	readonly filesPerWrite: number;
	verified(): VerifiedArchive | undefined;
	/** Stored apart from the files' entries: writing them leaves it as it was. */
	setVerified(verified: VerifiedArchive): void;
	/** Only documents that match the query, in the order asked for (best first by default). */
	search(query: SearchQuery, limit: number, options?: SearchOptions): RankedDocument[];
	close(): void;
};

/** Why an index on disk was thrown away and built again. */
export type RebuildReason = 'corrupt' | 'outdated';

/** The stored index cannot be used as it is; the caller deletes and rebuilds it. */
export class UnusableIndexError extends Error {
	constructor(readonly reason: RebuildReason, detail: string) {
		super(`search index ${reason}: ${detail}`);
	}
}

/** How much a title word weighs against a story word when ranking. */
export const titleWeight = 4;

/** A stored record read back; undefined when it is not one (then every file is checked, as without it). */
export function verifiedArchiveOf(value: unknown): VerifiedArchive | undefined {
	let record: unknown = value;
	if (typeof value === 'string') {
		try {
			record = JSON.parse(value);
		} catch {
			return undefined;
		}
	}

	const candidate = record as Partial<VerifiedArchive> | null;
	return typeof candidate?.generation === 'string' && Array.isArray(candidate.skipped)
		&& typeof candidate.markdown === 'boolean' && typeof candidate.links === 'boolean'
		? candidate as VerifiedArchive
		: undefined;
}
