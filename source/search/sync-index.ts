import {statSync, type Stats} from 'node:fs';
import {isHiddenBelow} from '../archive/archive-folder.js';
import type {ArchiveWarning} from '../archive/file-problem.js';
import {issueFormatOf, issueIdOf} from '../archive/issue-from-bytes.js';
import {listIssueFiles, readIssueFile} from '../archive/load-archive.js';
import {sameStamp, type FileStamp, type IndexBackend, type IndexedDocument} from './index-backend.js';
import {indexedDocumentOf} from './indexed-document.js';

export type SyncReport = {
	/** Files read and (re)indexed, or recorded as not being issues. */
	indexed: number;
	removed: number;
	/** Files that are not searchable, as `loadArchive` would report them. */
	skipped: ArchiveWarning[];
};

export type ProgressListener = (done: number, total: number) => void;

function statsOf(file: string): Stats | undefined {
	try {
		return statSync(file);
	} catch {
		// Gone since the listing: it is simply not in the archive any more.
		return undefined;
	}
}

/** Just the stamp: an engine may store all of what it is given. */
function stampOf({size, mtimeMs}: Stats): FileStamp {
	return {size, mtimeMs};
}

function isFolder(file: string): boolean | undefined {
	try {
		return statSync(file).isDirectory();
	} catch {
		// Missing: it may have been a folder, so the caller cannot rule that out.
		return undefined;
	}
}

/**
 * Brings the index in line with the archive folder before a search: files added or
 * changed (by path, size and modification time) are read and indexed, files gone are
 * dropped. Duplicated ids resolve as in `loadArchive`: the first file in path order wins.
 */
export function syncIndex(backend: IndexBackend, archiveDir: string, onProgress?: ProgressListener): SyncReport {
	const skipped: ArchiveWarning[] = [];
	const current = new Map<string, Stats>();
	const owners = new Map<string, string>();
	for (const file of listIssueFiles(archiveDir)) {
		const id = issueIdOf(file);
		const owner = owners.get(id);
		if (owner !== undefined) {
			skipped.push({file, problem: {kind: 'duplicate-id', id, other: owner}});
			continue;
		}

		const stats = statsOf(file);
		if (stats !== undefined) {
			owners.set(id, file);
			current.set(file, stats);
		}
	}

	const stored = backend.files();
	const removed: string[] = [];
	for (const file of stored.keys()) {
		if (!current.has(file)) {
			removed.push(file);
		}
	}

	const changed: Array<[string, Stats]> = [];
	for (const [file, stats] of current) {
		const known = stored.get(file);
		if (known === undefined || !sameStamp(known, stats)) {
			changed.push([file, stats]);
		} else if (known.problem !== undefined) {
			// Reported from the index, without reading the file again.
			skipped.push({file, problem: known.problem});
		}
	}

	// In batches: a first build interrupted half-way keeps its first half, and a search only
	// answers once every batch is written. Files gone go with the first batch.
	const batches: Array<Array<[string, Stats]>> = [];
	for (let first = 0; first < changed.length; first += backend.filesPerWrite) {
		batches.push(changed.slice(first, first + backend.filesPerWrite));
	}

	if (batches.length === 0 && removed.length > 0) {
		batches.push([]);
	}

	let done = 0;
	for (const [index, batch] of batches.entries()) {
		backend.write(writer => {
			if (index === 0) {
				for (const file of removed) {
					writer.remove(file);
				}
			}

			for (const [file, stats] of batch) {
				const result = readIssueFile(file, stats);
				const stamp = stampOf(stats);
				if (!('problem' in result)) {
					writer.put(file, stamp, indexedDocumentOf(result));
				} else if (result.problem.kind === 'unreadable') {
					// Not stored: a permission fix does not change the stamp, so it is tried again.
					writer.remove(file);
					skipped.push(result);
				} else {
					writer.put(file, stamp, {problem: result.problem});
					skipped.push(result);
				}

				onProgress?.(++done, changed.length);
			}
		});
	}

	skipped.sort((a, b) => a.file.localeCompare(b.file));
	return {indexed: changed.length, removed: removed.length, skipped};
}

/**
 * Re-indexes just the files a folder watcher named, when that is enough: files already
 * indexed that were edited in place. Anything else (a new or deleted issue, which can change
 * which file owns a duplicated id; a new folder; a file that stopped being an issue) needs
 * the full `syncIndex`, and the answer is undefined. Hidden files and other kinds of file
 * (an editor's `.swp`) are not part of the archive and change nothing.
 */
export function syncChangedFiles(backend: IndexBackend, archiveDir: string, files: Iterable<string>): number | undefined {
	const updates: Array<[string, FileStamp, IndexedDocument]> = [];
	for (const file of files) {
		if (isHiddenBelow(archiveDir, file)) {
			continue;
		}

		if (issueFormatOf(file) === undefined) {
			// A folder made, moved or removed may hold issues; a missing one may have held some.
			if (isFolder(file) !== false) {
				return undefined;
			}

			continue;
		}

		const stored = backend.file(file);
		const stats = statsOf(file);
		if (stored === undefined || stored.problem !== undefined || stats === undefined) {
			return undefined;
		}

		if (sameStamp(stored, stats)) {
			continue;
		}

		const result = readIssueFile(file, stats);
		if ('problem' in result) {
			return undefined;
		}

		updates.push([file, stampOf(stats), indexedDocumentOf(result)]);
	}

	if (updates.length > 0) {
		backend.write(writer => {
			for (const [file, stamp, document] of updates) {
				writer.put(file, stamp, document);
			}
		});
	}

	return updates.length;
}
