import path from 'node:path';
import {makeFolder, WriteError, writeFileAtomically, type WriteOptions} from '../library/write-file-atomically.js';

/**
 * Writes one file into the folder under a plain name: a name that would land outside the
 * folder is refused.
 */
export function writeFileInFolder(root: string, name: string, content: string, options: WriteOptions): string {
	const target = path.resolve(root, name);
	if (path.dirname(target) !== path.resolve(root) || name !== path.basename(name)) {
		throw new WriteError(target, 'EOUTSIDE');
	}

	writeFileAtomically(target, content, options);
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
		written.push(writeFileInFolder(root, name, content, {replace: true}));
	}

	return written;
}
