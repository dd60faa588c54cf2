import type {ArchiveWarning} from './file-problem.js';
import {issueIdOf} from './issue-file.js';

/**
 * Which file an issue id belongs to when several files share it (`2026-01-01-a.txt` and
 * `old/2026-01-01-a.md`). Offered the files in path order, the first that reads as an issue
 * owns the id; a later file with that id is a duplicate and need not be read at all. A file
 * that is not an issue (empty, broken) owns nothing, so an issue after it is not lost. The
 * library, `loadArchive` and the search index all decide this way, so that they agree on
 * which file is the issue.
 */
export class IssueIdOwners {
	readonly #owners = new Map<string, string>();

	/** The warning for a file whose id an issue before it owns; undefined while the id is free. */
	duplicateOf(file: string, id = issueIdOf(file)): ArchiveWarning | undefined {
		const other = this.#owners.get(id);
		return other === undefined ? undefined : {file, problem: {kind: 'duplicate-id', id, other}};
	}

	/** For a file that read as an issue: its id is taken from now on. */
	claim(file: string, id = issueIdOf(file)): void {
		this.#owners.set(id, file);
	}
}
