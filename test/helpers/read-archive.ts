import {fileURLToPath} from 'node:url';
import type {ArchiveWarning} from '../../source/archive/file-problem.js';
import type {Issue} from '../../source/archive/issue.js';
import {readCatalog, readCatalogIssue} from '../../source/library/catalog.js';
import {loadIssueParsers} from '../../source/library/issue-parsers.js';

export const sampleArchiveDir = fileURLToPath(new URL('../../archive', import.meta.url));

/**
 * Every issue of an archive folder, newest first with teasers linked, read the way the
 * commands read them: the catalog (no cache folder), then each issue behind an entry.
 */
export async function readArchive(dir: string): Promise<{issues: Issue[]; warnings: ArchiveWarning[]}> {
	const catalog = await readCatalog(dir);
	const parsers = await loadIssueParsers(true);
	const issues: Issue[] = [];
	const warnings = [...catalog.warnings];
	for (const entry of catalog.entries) {
		const result = readCatalogIssue(entry, catalog.entries, parsers);
		if ('problem' in result) {
			warnings.push(result);
		} else {
			issues.push(result);
		}
	}

	return {issues, warnings};
}
