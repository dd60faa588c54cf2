import {readFileSync, statSync, type Stats} from 'node:fs';
import {fsErrorCode, listIssueFiles} from './archive-folder.js';
import {SkippedFileError, type ArchiveWarning} from './file-problem.js';
import type {Issue} from './issue.js';
import {issueFromBytes, maxIssueBytes, maxIssueMegabytes} from './issue-from-bytes.js';
import {issueIdOf} from './issue-file.js';
import {IssueIdOwners} from './issue-id-owners.js';
import {compareNewestFirst} from './issue-order.js';
import {linkTeasers} from './link-teasers.js';

export type {ArchiveWarning} from './file-problem.js';
export {ArchiveError, listArchive, listIssueFiles} from './archive-folder.js';

export type LoadedArchive = {
	dir: string;
	/** Newest first, teasers linked. */
	issues: Issue[];
	warnings: ArchiveWarning[];
};

/**
 * Reads one file; the reason it is not an issue comes back as a warning instead. A caller
 * that has just looked at the file passes what it saw as `known`, so it is not looked at twice.
 */
export function readIssueFile(file: string, known?: Stats): Issue | ArchiveWarning {
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

		return issueFromBytes(readFileSync(file), file);
	} catch (error) {
		if (error instanceof SkippedFileError) {
			return {file, problem: error.problem};
		}

		return {file, problem: {kind: 'unreadable', detail: fsErrorCode(error)}};
	}
}

export function loadArchive(dir: string): LoadedArchive {
	const issues: Issue[] = [];
	const warnings: ArchiveWarning[] = [];
	const owners = new IssueIdOwners();
	for (const file of listIssueFiles(dir)) {
		const id = issueIdOf(file);
		const duplicate = owners.duplicateOf(file, id);
		if (duplicate !== undefined) {
			warnings.push(duplicate);
			continue;
		}

		const result = readIssueFile(file);
		if ('problem' in result) {
			warnings.push(result);
			continue;
		}

		owners.claim(file, id);
		issues.push(result);
	}

	issues.sort(compareNewestFirst);
	return {dir, issues: linkTeasers(issues), warnings};
}
