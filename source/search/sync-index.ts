import {statSync, type Stats} from 'node:fs';
import {isHiddenBelow} from '../archive/archive-folder.js';
import type {ArchiveWarning} from '../archive/file-problem.js';
import {issueFormatOf, issueIdOf} from '../archive/issue-from-bytes.js';
import {IssueIdOwners} from '../archive/issue-id-owners.js';
import {listIssueFiles, readIssueFile} from '../archive/load-archive.js';
import {sameStamp, type FileStamp, type IndexBackend, type IndexedDocument, type IndexWriter, type StoredFile} from './index-backend.js';
import {indexedDocumentOf} from './indexed-document.js';

export type SyncReport = {
	/** Files read and (re)indexed, or recorded as not being issues. */
	indexed: number;
	removed: number;
	/** Files that are not searchable, as `loadArchive` would report them. */
	skipped: ArchiveWarning[];
};

export type ProgressListener = (done: number, total: number) => void;

export type SyncOptions = {
	onProgress?: ProgressListener;
	/** The archive's issue files, when the caller has just listed them: they are not listed again. */
	files?: readonly string[];
};

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

/** A file of the archive as listed, in path order. */
type Listed = {file: string; id: string; stats: Stats};

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
 * dropped. A file whose id an issue before it owns is a duplicate, as in `loadArchive`
 * (see `IssueIdOwners`): not read, and dropped from the index if an earlier version of the
 * archive had it there.
 */
export function syncIndex(backend: IndexBackend, archiveDir: string, {onProgress, files}: SyncOptions = {}): SyncReport {
	const listed: Listed[] = [];
	for (const file of files ?? listIssueFiles(archiveDir)) {
		const stats = statsOf(file);
		if (stats !== undefined) {
			listed.push({file, id: issueIdOf(file), stats});
		}
	}

	const stored = backend.files();
	const unchanged = (file: string, stats: Stats): StoredFile | undefined => {
		const known = stored.get(file);
		return known !== undefined && sameStamp(known, stats) ? known : undefined;
	};

	const stillListed = new Set(listed.map(({file}) => file));
	const gone = [...stored.keys()].filter(file => !stillListed.has(file));

	// The files to read, for the progress: all but the unchanged ones and the duplicates of
	// an unchanged issue. A file that turns out to be the duplicate of one read just before
	// it is not read, but counts as done.
	const toRead = new Set<string>();
	const unchangedOwners = new IssueIdOwners();
	for (const {file, id, stats} of listed) {
		const known = unchanged(file, stats);
		if (known === undefined) {
			if (unchangedOwners.duplicateOf(file, id) === undefined) {
				toRead.add(file);
			}
		} else if (known.problem === undefined) {
			unchangedOwners.claim(file, id);
		}
	}

	const owners = new IssueIdOwners();
	const skipped: ArchiveWarning[] = [];
	let indexed = 0;
	let removed = gone.length;
	let done = 0;

	/**
	 * Settles one file, in path order: its id goes to it or to an issue before it. Without a
	 * writer it stops short of what needs one (reading the file, or dropping it from the index).
	 */
	function settle({file, id, stats}: Listed, writer?: IndexWriter): 'settled' | 'read' | 'needs-writer' {
		const duplicate = owners.duplicateOf(file, id);
		if (duplicate !== undefined) {
			if (stored.has(file)) {
				if (writer === undefined) {
					return 'needs-writer';
				}

				writer.remove(file);
				removed++;
			}

			skipped.push(duplicate);
			if (toRead.has(file)) {
				onProgress?.(++done, toRead.size);
			}

			return 'settled';
		}

		const known = unchanged(file, stats);
		if (known !== undefined) {
			if (known.problem === undefined) {
				owners.claim(file, id);
			} else {
				// Reported from the index, without reading the file again.
				skipped.push({file, problem: known.problem});
			}

			return 'settled';
		}

		if (writer === undefined) {
			return 'needs-writer';
		}

		const result = readIssueFile(file, stats);
		const stamp = stampOf(stats);
		if (!('problem' in result)) {
			writer.put(file, stamp, indexedDocumentOf(result));
			owners.claim(file, id);
		} else if (result.problem.kind === 'unreadable') {
			// Not stored: a permission fix does not change the stamp, so it is tried again.
			writer.remove(file);
			skipped.push(result);
		} else {
			writer.put(file, stamp, {problem: result.problem});
			skipped.push(result);
		}

		indexed++;
		onProgress?.(++done, toRead.size);
		return 'read';
	}

	// In batches of files read: a first build interrupted half-way keeps its first half, and
	// a search only answers once every batch is written. Files gone go with the first batch;
	// between batches, what needs no writing is settled without one.
	let next = 0;
	let first = true;
	for (;;) {
		while (next < listed.length && settle(listed[next]!) !== 'needs-writer') {
			next++;
		}

		if (next === listed.length && !(first && gone.length > 0)) {
			break;
		}

		backend.write(writer => {
			if (first) {
				for (const file of gone) {
					writer.remove(file);
				}
			}

			for (let read = 0; next < listed.length && read < backend.filesPerWrite; next++) {
				if (settle(listed[next]!, writer) === 'read') {
					read++;
				}
			}
		});
		first = false;
	}

	skipped.sort((a, b) => a.file.localeCompare(b.file));
	return {indexed, removed, skipped};
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
