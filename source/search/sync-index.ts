import type {ArchiveWarning} from '../archive/file-problem.js';
import type {Catalog, CatalogEntry} from '../library/catalog.js';
import type {IssueParsers} from '../library/issue-parsers.js';
import {readIssueFile} from '../library/read-issue-file.js';
import {sameStamp, type IndexBackend, type IndexWriter, type StoredFile} from './index-backend.js';
import {indexedDocumentOf} from './indexed-document.js';

export type SyncReport = {
	/** Files read and (re)indexed. */
	indexed: number;
	removed: number;
	/** Files that are not searchable: the catalog's warnings, and any file gone bad since it was catalogued. */
	skipped: ArchiveWarning[];
};

export type ProgressListener = (done: number, total: number) => void;

/** The catalog's issues the index does not hold as they are now: new, or changed since indexed. */
function entriesToIndex(stored: ReadonlyMap<string, StoredFile>, entries: readonly CatalogEntry[]): CatalogEntry[] {
	return entries.filter(entry => {
		const known = stored.get(entry.file);
		return known === undefined || known.problem !== undefined || !sameStamp(known, entry);
	});
}

/**
 * Reads one catalogued issue into the index under the catalog's stamp; whether it was. One
 * gone bad since it was catalogued is dropped and reported (the next catalog says so too).
 */
function indexEntry(writer: IndexWriter, entry: CatalogEntry, parsers: IssueParsers, skipped: ArchiveWarning[]): boolean {
	const result = readIssueFile(entry.file, parsers);
	if ('problem' in result) {
		writer.remove(entry.file);
		skipped.push(result);
		return false;
	}

	writer.put(entry.file, {size: entry.size, mtimeMs: entry.mtimeMs}, indexedDocumentOf(result));
	return true;
}

/**
 * Brings the index in line with the catalog, the one owner of what is on disk: issues new
 * or changed (by the catalog's stamp) are read and indexed, and anything the catalog does
 * not list as an issue (a file gone, a duplicate id, a file that stopped being an issue) is
 * dropped. Nothing here looks at a file the catalog has not named as changed, unless
 * `everything`: the stories were parsed under another learned boilerplate.
 */
export function syncIndex(backend: IndexBackend, catalog: Pick<Catalog, 'entries' | 'warnings'>, parsers: IssueParsers, onProgress?: ProgressListener, everything = false): SyncReport {
	const wanted = new Set(catalog.entries.map(entry => entry.file));
	const stored = backend.files();
	const gone = [...stored.keys()].filter(file => !wanted.has(file));
	const toRead = everything ? catalog.entries : entriesToIndex(stored, catalog.entries);
	const skipped = [...catalog.warnings];
	let indexed = 0;
	let done = 0;
	if (gone.length === 0 && toRead.length === 0) {
		return {indexed, removed: 0, skipped};
	}

	// In batches: a first build interrupted half-way keeps what it did. Files gone go with
	// the first batch, so an empty batch list still removes them.
	let next = 0;
	do {
		backend.write(writer => {
			if (next === 0) {
				for (const file of gone) {
					writer.remove(file);
				}
			}

			for (const end = Math.min(toRead.length, next + backend.filesPerWrite); next < end; next++) {
				if (indexEntry(writer, toRead[next]!, parsers, skipped)) {
					indexed++;
				}

				onProgress?.(++done, toRead.length);
			}
		});
	} while (next < toRead.length);

	skipped.sort((a, b) => a.file.localeCompare(b.file));
	return {indexed, removed: gone.length, skipped};
}

/**
 * Indexes these entries of the catalog again (files it found edited in place), leaving the
 * rest of the index as it is; the files that went bad since are reported.
 */
export function indexEntries(backend: IndexBackend, entries: readonly CatalogEntry[], parsers: IssueParsers): SyncReport {
	const skipped: ArchiveWarning[] = [];
	let indexed = 0;
	if (entries.length > 0) {
		backend.write(writer => {
			for (const entry of entries) {
				if (indexEntry(writer, entry, parsers, skipped)) {
					indexed++;
				}
			}
		});
	}

	return {indexed, removed: 0, skipped};
}
