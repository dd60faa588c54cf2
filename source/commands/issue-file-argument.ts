import {existsSync} from 'node:fs';
import path from 'node:path';
import {issueFormatOf} from '../archive/issue-file.js';

/**
 * Whether `<issue>` names a file to read rather than an issue of the archive: anything with
 * a path separator in it (`./saved.txt`, `~/x/issue.md`), or a bare file name with an
 * issue's extension that exists here. A bare id never contains a separator, so ids and
 * paths cannot be confused; a bare name is taken as a file only when there is one.
 */
export function namesIssueFile(argument: string): boolean {
	if (argument.includes('/') || argument.includes(path.sep)) {
		return true;
	}

	return issueFormatOf(argument) !== undefined && existsSync(argument);
}
