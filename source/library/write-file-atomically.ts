import {existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fsErrorCode} from './archive-folder.js';

/**
 * The one way bell-reader writes a file that someone may read at the same moment (an
 * export, an imported issue, a cache file, the watcher's answers): written aside in the
 * same folder, then moved into place, so a reader never sees half a file and an
 * interrupted write leaves the old file or none.
 */

/** A file could not be written; `code` is the errno code. */
export class WriteError extends Error {
	override readonly name = 'WriteError';

	constructor(readonly file: string, readonly code: string) {
		super(`cannot write ${file}: ${code}`);
	}
}

export type WriteOptions = {
	/**
	 * Replace a file of that name (exports, caches), or fail with EEXIST (imports, which
	 * must never overwrite an issue another process wrote meanwhile).
	 */
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

/** Writes `file` atomically; a {@link WriteError} says why it could not be. */
export function writeFileAtomically(file: string, content: string | Uint8Array, options: WriteOptions): void {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, content);
		if (options.replace) {
			renameSync(temporary, file);
		} else {
			moveWithoutReplacing(temporary, file);
		}
	} catch (error) {
		throw new WriteError(file, fsErrorCode(error));
	} finally {
		rmSync(temporary, {force: true});
	}
}

/**
 * Makes a folder and any missing parents, one level at a time from the nearest one that
 * exists: Node's recursive mkdir spins forever where a parent refuses new entries with
 * ENOENT (/proc). A file where the folder should be is "not a folder", not "already
 * exists"; a {@link WriteError} says why it could not be made.
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
		throw new WriteError(root, code === 'EEXIST' ? 'ENOTDIR' : code);
	}

	return root;
}

/**
 * A cache file, written atomically into its folder (made when missing). A cache is only
 * there for speed, so a failure to write one is let go.
 */
export function writeCacheFile(file: string, content: string | Uint8Array): void {
	try {
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileAtomically(file, content, {replace: true});
	} catch {
		// Nothing was written where nothing can be written; the next run computes it again.
	}
}
