import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** A file could not be written; `code` is the errno code. */
export class ExportWriteError extends Error {
	constructor(readonly file: string, readonly code: string) {
		super(`cannot write ${file}: ${code}`);
	}
}

/**
 * Writes one file per entry into the folder, named by the caller (an issue id plus an
 * extension). A name that would land outside the folder is refused; each file is written
 * aside and renamed, so an interrupted export never leaves a half-written file.
 */
export async function writeExportFiles(dir: string, files: AsyncIterable<{name: string; content: string}> | Iterable<{name: string; content: string}>): Promise<string[]> {
	const root = path.resolve(dir);
	const written: string[] = [];
	try {
		mkdirSync(root, {recursive: true});
	} catch (error) {
		throw new ExportWriteError(root, (error as NodeJS.ErrnoException).code ?? String(error));
	}

	for await (const {name, content} of files) {
		const target = path.resolve(root, name);
		if (path.dirname(target) !== root || name !== path.basename(name)) {
			throw new ExportWriteError(target, 'EOUTSIDE');
		}

		const temporary = path.join(root, `.${path.basename(name)}.${process.pid}.tmp`);
		try {
			writeFileSync(temporary, content);
			renameSync(temporary, target);
		} catch (error) {
			rmSync(temporary, {force: true});
			throw new ExportWriteError(target, (error as NodeJS.ErrnoException).code ?? String(error));
		}

		written.push(target);
	}

	return written;
}
