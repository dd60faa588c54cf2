import {existsSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
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

/** Makes a folder (and its parents); a {@link WriteError} says why it could not be. */
export function makeFolder(dir: string): string {
	const root = path.resolve(dir);
	try {
		mkdirSync(root, {recursive: true});
	} catch (error) {
		throw new WriteError(root, fsErrorCode(error));
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
