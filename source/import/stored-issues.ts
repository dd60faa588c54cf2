import {existsSync} from 'node:fs';
import {ArchiveError, listIssueFiles} from '../library/archive-folder.js';
import type {Issue} from '../archive/issue.js';
import {issueIdOf} from '../archive/issue-file.js';
import {compareNewestFirst} from '../archive/issue-order.js';
import type {IssueParsers} from '../archive/issue-from-bytes.js';
import {readIssueFile} from '../library/read-issue-file.js';
import {DuplicateIndex, duplicateKeys, type DuplicateKeys} from './duplicate-key.js';

/**
 * What the archive already holds, as an import needs it: the ids its files take and the
 * duplicate keys of its issues, read in one pass over its files.
 */

export type StoredIssues = {
	/** Lower-cased ids of every issue file, read or not: the loader keys issues by id, whatever the extension. */
	taken: Set<string>;
	/** Each key names the newest stored issue that has it. */
	index: DuplicateIndex<string>;
};

/** An archive that is not there yet holds nothing; one that cannot be read throws ArchiveError. */
export function readStoredIssues(archiveDir: string, parsers: IssueParsers): StoredIssues {
	const taken = new Set<string>();
	const index = new DuplicateIndex<string>();
	let files: string[];
	try {
		files = listIssueFiles(archiveDir);
	} catch (error) {
		if (error instanceof ArchiveError && !existsSync(archiveDir)) {
			return {taken, index};
		}

		throw error;
	}

	const stored: Array<Pick<Issue, 'id' | 'date'> & {keys: DuplicateKeys}> = [];
	const seen = new Set<string>();
	for (const file of files) {
		const id = issueIdOf(file);
		taken.add(id.toLowerCase());
		// As in the loader, the first readable file of an id is the issue; later ones are passed over.
		if (seen.has(id)) {
			continue;
		}

		const issue = readIssueFile(file, parsers);
		if ('problem' in issue) {
			continue;
		}

		seen.add(id);
		stored.push({id: issue.id, date: issue.date, keys: duplicateKeys(issue)});
	}

	stored.sort(compareNewestFirst);
	for (const {id, keys} of stored) {
		index.add(keys, id);
	}

	return {taken, index};
}
