import path from 'node:path';
import {fsErrorCode} from '../library/archive-folder.js';
import {loadIssueParsers} from '../library/issue-parsers.js';
import {ExportWriteError, makeFolder, writeFileInFolder} from '../export/write-export-files.js';
import {assessDraft} from './assess-draft.js';
import {convertInput} from './convert-input.js';
import {duplicateKeys} from './duplicate-key.js';
import {findInputs} from './find-inputs.js';
import type {ImportReport, ImportSource} from './import-report.js';
import {isRejection, type IssueDraft} from './issue-draft.js';
import {problemOf} from './item-guard.js';
import {readStoredIssues} from './stored-issues.js';
import {storedForm} from './stored-form.js';
import {transliterateSlug} from './transliterate-slug.js';

export type {FailedImport, ImportedIssue, ImportReport, ImportSource, SkippedDuplicate} from './import-report.js';

/**
 * The importer: the one part of import that writes. It finds the inputs (`find-inputs.ts`),
 * has each converted (`convert-input.ts`), drops duplicates of what the archive already
 * holds or the batch already brought, and writes each new issue as Markdown into the
 * archive under a name of its own. A bad input costs a reason, never the rest of the batch.
 */

export type ImportPlan = {
	inputs: number;
	bytes: number;
	/** Bytes in mailboxes, feeds and exports: a few of them can hold thousands of issues. */
	containerBytes: number;
};

export type ImportProgress = {
	/** Bytes of input read and converted so far, out of `plan.bytes`. */
	bytesDone: number;
	inputsDone: number;
	plan: ImportPlan;
};

export type ImportOptions = {
	archiveDir: string;
	dryRun: boolean;
	/** Told once the inputs are found, before any is read. */
	onPlan?: (plan: ImportPlan) => void;
	onProgress?: (progress: ImportProgress) => void;
};

const maxNameAttempts = 1000;

export async function importFiles(paths: readonly string[], options: ImportOptions): Promise<ImportReport> {
	// What import writes is Markdown, read back to check it; the archive may hold Markdown too.
	const parsers = await loadIssueParsers(true);
	const archiveDir = path.resolve(options.archiveDir);
	const found = findInputs(paths);
	const report: ImportReport = {archiveDir, dryRun: options.dryRun, imported: [], duplicates: [], failed: [...found.failed]};
	const containers = found.inputs.filter(input => ['mbox', 'feed', 'zip', 'substack-folder'].includes(input.kind));
	const plan: ImportPlan = {
		inputs: found.inputs.length,
		bytes: found.inputs.reduce((sum, input) => sum + Math.max(input.bytes, 1), 0),
		containerBytes: containers.reduce((sum, input) => sum + input.bytes, 0),
	};
	options.onPlan?.(plan);

	const {index, taken} = readStoredIssues(archiveDir, parsers);
	let folderReady = false;
	let bytesDone = 0;

	const store = (source: ImportSource, draft: IssueDraft) => {
		const base = draft.date === null ? transliterateSlug(draft.title) : `${draft.date}-${transliterateSlug(draft.title)}`;
		const {content, issue} = storedForm(draft, base, parsers);
		const keys = duplicateKeys(issue);
		const duplicate = index.find(keys);
		if (duplicate !== undefined) {
			report.duplicates.push({source, title: issue.title, reason: duplicate.reason, of: duplicate.of});
			return;
		}

		for (let attempt = 1; attempt <= maxNameAttempts; attempt++) {
			const id = attempt === 1 ? base : `${base}-${attempt}`;
			if (taken.has(id.toLowerCase())) {
				continue;
			}

			const file = path.join(archiveDir, `${id}.md`);
			if (!options.dryRun) {
				if (!folderReady) {
					// Made on the first write, so a dry run or an import of nothing leaves no folder behind.
					makeFolder(archiveDir);
					folderReady = true;
				}

				try {
					writeFileInFolder(archiveDir, `${id}.md`, content, {replace: false});
				} catch (error) {
					if (error instanceof ExportWriteError && error.code === 'EEXIST') {
						// Another import took the name meanwhile; the next suffix is tried.
						taken.add(id.toLowerCase());
						continue;
					}

					if (error instanceof ExportWriteError) {
						report.failed.push({source, title: issue.title, problem: {kind: 'write-failed', code: error.code}});
						return;
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
			return;
		}

		report.failed.push({source, title: issue.title, problem: {kind: 'write-failed', code: 'EEXIST'}});
	};

	for (const [position, input] of found.inputs.entries()) {
		const inputBytes = Math.max(input.bytes, 1);
		let shareDone = 0;
		try {
			for await (const {source, result, share} of convertInput(input, parsers)) {
				const assessed = isRejection(result) ? result : assessDraft(result);
				if (isRejection(assessed)) {
					const title = isRejection(result) ? undefined : result.title || undefined;
					report.failed.push({source, problem: assessed.problem, ...(title === undefined ? {} : {title})});
				} else {
					store(source, assessed);
				}

				shareDone += share;
				options.onProgress?.({bytesDone: bytesDone + Math.min(1, shareDone) * inputBytes, inputsDone: position, plan});
			}
		} catch (error) {
			if (error instanceof ExportWriteError) {
				throw error;
			}

			// A file system error is the input's own; anything else, a parser giving up on junk in
			// a way no check foresaw, costs the input and not the batch.
			const unreadable = (error as NodeJS.ErrnoException | undefined)?.code !== undefined;
			report.failed.push({source: {file: input.file}, problem: unreadable ? {kind: 'unreadable', detail: fsErrorCode(error)} : problemOf(error)});
		}

		bytesDone += inputBytes;
		options.onProgress?.({bytesDone, inputsDone: position + 1, plan});
	}

	return report;
}
