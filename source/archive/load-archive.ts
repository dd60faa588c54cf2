import {readdirSync, readFileSync, statSync, type Dirent} from 'node:fs';
import path from 'node:path';
import {SkippedFileError, type ArchiveWarning} from './file-problem.js';
import type {Issue} from './issue.js';
import {issueFormatOf, issueFromBytes, issueIdOf, maxIssueBytes, maxIssueMegabytes} from './issue-from-bytes.js';
import {compareNewestFirst} from './issue-order.js';
import {linkTeasers} from './link-teasers.js';

export type {ArchiveWarning} from './file-problem.js';

export type LoadedArchive = {
	dir: string;
	/** Newest first, teasers linked. */
	issues: Issue[];
	warnings: ArchiveWarning[];
};

/** The archive folder itself cannot be read: the command cannot go on. */
export class ArchiveError extends Error {
	constructor(readonly dir: string, readonly code: string) {
		super(`cannot read archive ${dir}: ${code}`);
	}
}

/** The errno code of a file system error ("ENOENT"), or its message when it has none. */
function fsErrorCode(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return code ?? (error instanceof Error ? error.message : String(error));
}

/** Issue files below the folder (sub-folders too, hidden ones not), as absolute paths in a stable order. */
export function listIssueFiles(folder: string): string[] {
	// Resolved, so that the entries' parent paths are normal (no trailing or doubled slashes).
	const dir = path.resolve(folder);
	let entries: Dirent[];
	try {
		if (!statSync(dir).isDirectory()) {
			throw new ArchiveError(dir, 'ENOTDIR');
		}

		entries = readdirSync(dir, {withFileTypes: true, recursive: true});
	} catch (error) {
		if (error instanceof ArchiveError) {
			throw error;
		}

		throw new ArchiveError(dir, fsErrorCode(error));
	}

	// Decided once per folder, not per file: search lists the archive before every answer,
	// and path.relative for each of 10,000 files cost more than the listing itself.
	const hiddenFolders = new Map<string, boolean>();
	const inHiddenFolder = (folder: string): boolean => {
		let hidden = hiddenFolders.get(folder);
		if (hidden === undefined) {
			hidden = path.relative(dir, folder).split(path.sep).some(part => part.startsWith('.'));
			hiddenFolders.set(folder, hidden);
		}

		return hidden;
	};

	return entries
		// A link may point at a file; reading it tells. Folders named like issues are not.
		.filter(entry => (entry.isFile() || entry.isSymbolicLink())
			&& !entry.name.startsWith('.')
			&& issueFormatOf(entry.name) !== undefined
			&& !inHiddenFolder(entry.parentPath))
		// Readdir's parent paths are already normal: concatenating is all that joining would do
		// (path.join on each of 10,000 files was a tenth of listing them).
		.map(entry => `${entry.parentPath}${path.sep}${entry.name}`)
		.sort();
}

/**
 * Whether a folder holds at least one issue file, looking no further than needed: a
 * start-up question ("is there a user archive yet?") that must not walk 10,000 files.
 */
export function holdsIssueFiles(dir: string): boolean {
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, {withFileTypes: true});
	} catch {
		return false;
	}

	const visible = entries.filter(entry => !entry.name.startsWith('.'));
	return visible.some(entry => (entry.isFile() || entry.isSymbolicLink()) && issueFormatOf(entry.name) !== undefined)
		|| visible.some(entry => entry.isDirectory() && holdsIssueFiles(path.join(dir, entry.name)));
}

/** Reads one file; the reason it is not an issue comes back as a warning instead. */
export function readIssueFile(file: string): Issue | ArchiveWarning {
	try {
		const stats = statSync(file);
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
	const seen = new Map<string, string>();
	for (const file of listIssueFiles(dir)) {
		const id = issueIdOf(file);
		const earlier = seen.get(id);
		if (earlier !== undefined) {
			warnings.push({file, problem: {kind: 'duplicate-id', id, other: earlier}});
			continue;
		}

		const result = readIssueFile(file);
		if ('problem' in result) {
			warnings.push(result);
			continue;
		}

		seen.set(id, file);
		issues.push(result);
	}

	issues.sort(compareNewestFirst);
	return {dir, issues: linkTeasers(issues), warnings};
}
