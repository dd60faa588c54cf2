import {fsErrorCode} from '../library/archive-folder.js';
import {loadIssueParsers} from '../library/issue-parsers.js';
import {WriteError} from '../library/write-file-atomically.js';
import {openArchiveWriter} from './archive-writer.js';
import {convertInput} from './convert-input.js';
import {findInputs} from './find-inputs.js';
import type {ImportReport} from './import-report.js';
import {problemOf} from './item-guard.js';

export type {FailedImport, ImportedIssue, ImportReport, ImportSource, SkippedDuplicate} from './import-report.js';

/**
 * The importer: it finds the inputs (`find-inputs.ts`), has each converted
 * (`convert-input.ts`), and hands every draft to the archive writer (`archive-writer.ts`),
 * which drops duplicates and writes each new issue under a name of its own. A bad input
 * costs a reason, never the rest of the batch.
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

export async function importFiles(paths: readonly string[], options: ImportOptions): Promise<ImportReport> {
	// What import writes is Markdown, read back to check it; the archive may hold Markdown too.
	const parsers = await loadIssueParsers(true);
	const found = findInputs(paths);
	const containers = found.inputs.filter(input => ['mbox', 'feed', 'zip', 'substack-folder'].includes(input.kind));
	const plan: ImportPlan = {
		inputs: found.inputs.length,
		bytes: found.inputs.reduce((sum, input) => sum + Math.max(input.bytes, 1), 0),
		containerBytes: containers.reduce((sum, input) => sum + input.bytes, 0),
	};
	options.onPlan?.(plan);

	const writer = openArchiveWriter(options.archiveDir, options.dryRun, parsers);
	writer.report.failed.push(...found.failed);
	let bytesDone = 0;
	for (const [position, input] of found.inputs.entries()) {
		const inputBytes = Math.max(input.bytes, 1);
		let shareDone = 0;
		try {
			for await (const {source, result, share} of convertInput(input, parsers)) {
				writer.accept(source, result);
				shareDone += share;
				options.onProgress?.({bytesDone: bytesDone + Math.min(1, shareDone) * inputBytes, inputsDone: position, plan});
			}
		} catch (error) {
			if (error instanceof WriteError) {
				throw error;
			}

			// A file system error is the input's own; anything else, a parser giving up on junk in
			// a way no check foresaw, costs the input and not the batch.
			const unreadable = (error as NodeJS.ErrnoException | undefined)?.code !== undefined;
			writer.fail({file: input.file}, unreadable ? {kind: 'unreadable', detail: fsErrorCode(error)} : problemOf(error));
		}

		bytesDone += inputBytes;
		options.onProgress?.({bytesDone, inputsDone: position + 1, plan});
	}

	return writer.report;
}
