import {existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fsErrorCode} from '../archive/archive-folder.js';

/** A file could not be written; `code` is the errno code. */
export class ExportWriteError extends Error {
	override readonly name = 'ExportWriteError';

	constructor(readonly file: string, readonly code: string) {
		super(`cannot write ${file}: ${code}`);
	}
}

/**
 * Makes a folder and any missing parents, one level at a time from the nearest one that
 * exists: Node's recursive mkdir spins forever where a parent refuses new entries with
 * ENOENT (/proc). A file where the folder should be is "not a folder", not "already exists".
 */
export function makeFolder(dir: string): string {
	const root = path.resolve(dir);
	const missing: string[] = [];
	for (let folder = root; !existsSync(folder); folder = path.dirname(folder)) {
		missing.unshift(folder);
		if (path.dirname(folder) === folder) {
			break;
		}
	}

	try {
		for (const folder of missing) {
			mkdirSync(folder);
		}

		if (!statSync(root).isDirectory()) {
			throw Object.assign(new Error('not a folder'), {code: 'ENOTDIR'});
		}
	} catch (error) {
		const code = fsErrorCode(error);
		throw new ExportWriteError(root, code === 'EEXIST' ? 'ENOTDIR' : code);
	}

	return root;
}

export type WriteOptions = {
	/** Replace a file of that name (export), or fail with EEXIST instead (import). */
	replace: boolean;
};

function moveWithoutReplacing(temporary: string, target: string): void {
	try {
		linkSync(temporary, target);
	} catch (error) {
		// Some file systems (FAT, some network mounts) have no hard links: check, then rename.
		if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(fsErrorCode(error))) {
			throw error;
		}

		if (existsSync(target)) {
			throw Object.assign(new Error('file exists'), {code: 'EEXIST'});
		}

		renameSync(temporary, target);
	}
}

/**
 * Writes one file into the folder under a plain name. A name that would land outside the
 * folder is refused; the content is written aside and then moved in, so an interrupted
 * write never leaves a half-written file. Without `replace`, the move is a hard link,
 * which fails rather than overwrite a file another process created meanwhile.
 */
export function writeFileAtomically(root: string, name: string, content: string, options: WriteOptions): string {
	const target = path.resolve(root, name);
	if (path.dirname(target) !== path.resolve(root) || name !== path.basename(name)) {
		throw new ExportWriteError(target, 'EOUTSIDE');
	}

	const temporary = path.join(root, `.${path.basename(name)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, content);
		if (options.replace) {
			renameSync(temporary, target);
		} else {
			moveWithoutReplacing(temporary, target);
		}
	} catch (error) {
		throw new ExportWriteError(target, fsErrorCode(error));
	} finally {
		rmSync(temporary, {force: true});
	}

	return target;
}

/**
 * Writes one file per entry into the folder, named by the caller (an issue id plus an
 * extension), replacing files of the same name.
 */
export async function writeExportFiles(dir: string, files: AsyncIterable<{name: string; content: string}> | Iterable<{name: string; content: string}>): Promise<string[]> {
	const root = makeFolder(dir);
	const written: string[] = [];
	for await (const {name, content} of files) {
		written.push(writeFileAtomically(root, name, content, {replace: true}));
	}

	return written;
}
