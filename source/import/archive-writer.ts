import path from 'node:path';
import type {IssueParsers} from '../archive/issue-from-bytes.js';
import {writeFileInFolder} from '../export/write-export-files.js';
import {makeFolder, WriteError} from '../library/write-file-atomically.js';
import {assessDraft} from './assess-draft.js';
import {canonicalUrl, duplicateKeys} from './duplicate-key.js';
import type {ImportReport, ImportSource} from './import-report.js';
import {isRejection, type DraftResult, type ImportProblem} from './issue-draft.js';
import {readStoredIssues, type StoredIssues} from './stored-issues.js';
import {storedForm} from './stored-form.js';
import {transliterateSlug} from './transliterate-slug.js';

/**
 * Where every imported issue is written, whatever brought it (files, a feed, a mail
 * folder): each draft is checked, compared with what the archive holds and what this
 * batch wrote, named by its date and transliterated title (never over another file),
 * and written atomically as Markdown. The outcome of every draft goes into one report.
 */

/** `write-failed`: the issue was good but could not be written (tried again next time). */
export type WriteOutcome = 'imported' | 'duplicate' | 'failed' | 'write-failed';

export type ArchiveWriter = {
	readonly report: ImportReport;
	/** Checks, dedupes, names and writes one draft, or records why not. */
	accept: (source: ImportSource, result: DraftResult) => WriteOutcome;
	/** Records an input that gave no draft at all. */
	fail: (source: ImportSource, problem: ImportProblem) => 'failed';
	/** Whether the archive or this batch already holds the page at this address. */
	holdsAddress: (url: string) => boolean;
};

const maxNameAttempts = 1000;

/**
 * An archive that is not there yet holds nothing; one that cannot be read throws
 * ArchiveError — at once, or with `lazy` when the first draft needs it (a fetch that
 * brings nothing new reads no stored issue at all).
 */
export function openArchiveWriter(archiveDir: string, dryRun: boolean, parsers: IssueParsers, options: {lazy?: boolean} = {}): ArchiveWriter {
	const resolved = path.resolve(archiveDir);
	const report: ImportReport = {archiveDir: resolved, dryRun, imported: [], duplicates: [], failed: []};
	let stored: StoredIssues | undefined = options.lazy === true ? undefined : readStoredIssues(resolved, parsers);
	const storedIssues = () => {
		stored ??= readStoredIssues(resolved, parsers);
		return stored;
	};

	let folderReady = false;

	const fail = (source: ImportSource, problem: ImportProblem, title?: string): 'failed' => {
		report.failed.push({source, problem, ...(title === undefined ? {} : {title})});
		return 'failed';
	};

	const accept = (source: ImportSource, result: DraftResult): WriteOutcome => {
		const draft = isRejection(result) ? result : assessDraft(result);
		if (isRejection(draft)) {
			return fail(source, draft.problem, isRejection(result) ? undefined : result.title || undefined);
		}

		const {index, taken} = storedIssues();
		const base = draft.date === null ? transliterateSlug(draft.title) : `${draft.date}-${transliterateSlug(draft.title)}`;
		const {content, issue} = storedForm(draft, base, parsers);
		const keys = duplicateKeys(issue);
		const duplicate = index.find(keys);
		if (duplicate !== undefined) {
			report.duplicates.push({source, title: issue.title, reason: duplicate.reason, of: duplicate.of});
			return 'duplicate';
		}

		for (let attempt = 1; attempt <= maxNameAttempts; attempt++) {
			const id = attempt === 1 ? base : `${base}-${attempt}`;
			if (taken.has(id.toLowerCase())) {
				continue;
			}

			const file = path.join(resolved, `${id}.md`);
			if (!dryRun) {
				if (!folderReady) {
					// Made on the first write, so a dry run or an import of nothing leaves no folder behind.
					makeFolder(resolved);
					folderReady = true;
				}

				try {
					writeFileInFolder(resolved, `${id}.md`, content, {replace: false});
				} catch (error) {
					if (error instanceof WriteError && error.code === 'EEXIST') {
						// Another import took the name meanwhile; the next suffix is tried.
						taken.add(id.toLowerCase());
						continue;
					}

					if (error instanceof WriteError) {
						fail(source, {kind: 'write-failed', code: error.code}, issue.title);
						return 'write-failed';
					}

					throw error;
				}
			}

			taken.add(id.toLowerCase());
			index.add(keys, id);
			report.imported.push({
				source, id, file, title: issue.title, date: issue.date,
				...(issue.url === undefined ? {} : {url: issue.url}),
				sourceFormat: draft.sourceFormat,
			});
			return 'imported';
		}

		fail(source, {kind: 'write-failed', code: 'EEXIST'}, issue.title);
		return 'write-failed';
	};

	const holdsAddress = (url: string) => {
		const key = canonicalUrl(url);
		return key !== undefined && storedIssues().index.find({'same-url': key}) !== undefined;
	};

	return {report, accept, fail: (source, problem) => fail(source, problem), holdsAddress};
}
