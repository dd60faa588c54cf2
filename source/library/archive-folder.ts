import {readdirSync, statSync, type Dirent} from 'node:fs';
import path from 'node:path';
import {issueFormatOf} from '../archive/issue-file.js';

// The archive as a folder of files: kept apart from reading and parsing them, so that a
// start that only asks "is there an archive?" loads nothing else.

/** The archive folder itself cannot be read: the command cannot go on. */
export class ArchiveError extends Error {
	override readonly name = 'ArchiveError';

	constructor(readonly dir: string, readonly code: string) {
		super(`cannot read archive ${dir}: ${code}`);
	}
}

/** The errno code of a file system error ("ENOENT"), or its message when it has none. */
export function fsErrorCode(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return code ?? (error instanceof Error ? error.message : String(error));
}

/** Whether a path below the archive folder is hidden, or lies in a hidden folder: either way it is not part of the archive. */
export function isHiddenBelow(root: string, file: string): boolean {
	return path.relative(root, file).split(path.sep).some(part => part.startsWith('.'));
}

/**
 * An archive folder's issue files, whether any of them is a symbolic link, and every folder
 * that was read (the archive's own first): a folder whose modification time has not moved
 * since has had no file added, removed or renamed in it.
 */
export type ArchiveListing = {files: string[]; links: boolean; folders: string[]};

/** Issue files below the folder (sub-folders too, hidden ones not), as absolute paths in a stable order. */
export function listIssueFiles(folder: string): string[] {
	return listArchive(folder).files;
}

/**
 * {@link listIssueFiles}, telling also whether some are links: a link's target can change
 * outside the folder, where no watcher of the folder sees it.
 */
export function listArchive(folder: string): ArchiveListing {
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
			hidden = isHiddenBelow(dir, folder);
			hiddenFolders.set(folder, hidden);
		}

		return hidden;
	};

	// The file system root is the one folder that already ends in a separator.
	const prefix = dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`;
	const folders = [dir];
	for (const entry of entries) {
		if (entry.isDirectory() && !entry.name.startsWith('.') && !inHiddenFolder(entry.parentPath)) {
			folders.push(entry.parentPath.endsWith(path.sep) ? entry.parentPath + entry.name : `${entry.parentPath}${path.sep}${entry.name}`);
		}
	}

	let links = false;
	const files = entries
		// A link may point at a file; reading it tells. Folders named like issues are not.
		.filter(entry => {
			const issue = (entry.isFile() || entry.isSymbolicLink())
				&& !entry.name.startsWith('.')
				&& issueFormatOf(entry.name) !== undefined
				&& !inHiddenFolder(entry.parentPath);
			links ||= issue && entry.isSymbolicLink();
			return issue;
		})
		// Sorted by the path below the folder: the folder's own prefix, shared by every file,
		// would make each of ~140,000 comparisons walk it first. Readdir's parent paths are
		// already normal, so concatenating is all that path.join would do.
		.map(entry => (entry.parentPath.endsWith(path.sep) ? entry.parentPath + entry.name : `${entry.parentPath}${path.sep}${entry.name}`).slice(prefix.length))
		.sort()
		.map(relative => `${prefix}${relative}`);
	return {files, links, folders};
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
