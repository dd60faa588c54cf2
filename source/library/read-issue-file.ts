import {readFileSync, statSync, type Stats} from 'node:fs';
import {fsErrorCode} from './archive-folder.js';
import {SkippedFileError, type ArchiveWarning} from '../archive/file-problem.js';
import type {Issue} from '../archive/issue.js';
import {issueFromBytes, maxIssueBytes, maxIssueMegabytes, type IssueParsers} from '../archive/issue-from-bytes.js';

/** A file's size and modification time: what tells that it changed since it was read. */
export type FileStamp = {size: number; mtimeMs: number};

/**
 * Reads one file; the reason it is not an issue comes back as a warning instead. A caller
 * that has just looked at the file passes what it saw as `known`, so it is not looked at twice.
 */
export function readIssueFile(file: string, parsers: IssueParsers, known?: Stats): Issue | ArchiveWarning {
	try {
		const stats = known ?? statSync(file);
		if (!stats.isFile()) {
			// A link to a named pipe or a device: reading it could block forever.
			return {file, problem: {kind: 'unreadable', detail: 'ENOTREGULAR'}};
		}

		if (stats.size > maxIssueBytes) {
			// Checked before reading, so a 2 GB file costs nothing.
			return {file, problem: {kind: 'too-large', limitMegabytes: maxIssueMegabytes}};
		}

		return issueFromBytes(readFileSync(file), file, parsers);
	} catch (error) {
		if (error instanceof SkippedFileError) {
			return {file, problem: error.problem};
		}

		return {file, problem: {kind: 'unreadable', detail: fsErrorCode(error)}};
	}
}
