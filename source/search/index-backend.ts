import type {FileProblem} from '../archive/file-problem.js';
import type {SearchQuery} from './parse-query.js';

/**
 * What the search index keeps per archive file, whichever engine stores it. A file is
 * re-read when its size or modification time differs from its stamp.
 */
export type FileStamp = {size: number; mtimeMs: number};

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
	return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** An issue as the engines index it: stems, with a block separator in the story. */
export type IndexedDocument = {
	id: string;
	title: string;
	date: string | null;
	titleStems: string[];
	bodyStems: string[];
};

/** A file's stamp and, when it is not an issue, why (so it is not re-read every time). */
export type StoredFile = FileStamp & {problem?: FileProblem};

export type RankedDocument = {path: string; id: string; title: string; date: string | null; score: number};

export type IndexWriter = {
	remove(path: string): void;
	put(path: string, stamp: FileStamp, entry: IndexedDocument | {problem: FileProblem}): void;
};

export type EngineName = 'sqlite' | 'builtin';

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
	/** Best first; only documents that have every clause of the query. */
	search(query: SearchQuery, limit: number): RankedDocument[];
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
