import {statSync} from 'node:fs';
import type {ArchiveWarning} from '../archive/file-problem.js';
import {issueIdOf} from '../archive/issue-from-bytes.js';
import {listIssueFiles, readIssueFile} from '../archive/load-archive.js';
import type {FileStamp, IndexBackend} from './index-backend.js';
import {indexedDocumentOf} from './indexed-document.js';

export type SyncReport = {
	/** Files read and (re)indexed, or recorded as not being issues. */
	indexed: number;
	removed: number;
	/** Files that are not searchable, as `loadArchive` would report them. */
	skipped: ArchiveWarning[];
};

export type ProgressListener = (done: number, total: number) => void;

function stampOf(file: string): FileStamp | undefined {
	try {
		const stats = statSync(file);
		return {size: stats.size, mtimeMs: stats.mtimeMs};
	} catch {
		// Gone since the listing: it is simply not in the archive any more.
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
	const current = new Map<string, FileStamp>();
	const owners = new Map<string, string>();
	for (const file of listIssueFiles(archiveDir)) {
		const id = issueIdOf(file);
		const owner = owners.get(id);
		if (owner !== undefined) {
			skipped.push({file, problem: {kind: 'duplicate-id', id, other: owner}});
			continue;
		}

		const stamp = stampOf(file);
		if (stamp !== undefined) {
			owners.set(id, file);
			current.set(file, stamp);
		}
	}

	const stored = backend.files();
	const removed = [...stored.keys()].filter(file => !current.has(file));
	const changed = [...current].filter(([file, stamp]) => {
		const known = stored.get(file);
		return known === undefined || known.size !== stamp.size || known.mtimeMs !== stamp.mtimeMs;
	});

	const changedFiles = new Set(changed.map(([file]) => file));
	if (removed.length > 0 || changed.length > 0) {
		backend.write(writer => {
			for (const file of removed) {
				writer.remove(file);
			}

			let done = 0;
			for (const [file, stamp] of changed) {
				const result = readIssueFile(file);
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

	for (const [file, entry] of stored) {
		if (entry.problem !== undefined && current.has(file) && !changedFiles.has(file)) {
			skipped.push({file, problem: entry.problem});
		}
	}

	skipped.sort((a, b) => a.file.localeCompare(b.file));
	return {indexed: changed.length, removed: removed.length, skipped};
}
