import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/**
 * Writes a file of the cache folder aside and renames it: a reader never sees half a file.
 * A cache is only there for speed, so a failure to write one is let go.
 */
export function writeCacheFile(file: string, content: string | Uint8Array): void {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(temporary, content);
		renameSync(temporary, file);
	} catch {
		try {
			rmSync(temporary, {force: true});
		} catch {
			// Nothing was written where nothing can be written.
		}
	}
}
