import path from 'node:path';
import {ArchiveError} from '../archive/load-archive.js';
import {clearLine, formatProgressBar} from '../cli/progress-bar.js';
import {ExportWriteError} from '../export/write-export-files.js';
import {importFiles, type ImportPlan, type ImportReport, type ImportSource} from '../import/import-files.js';
import {CommandError, type CommandContext} from './command-context.js';

/**
 * `import <path…> [--archive DIR] [--dry-run] [--json]`: stdout gets the path of each issue
 * written (or, with --json, the whole report); stderr gets a line for each duplicate and
 * each failure, then the summary.
 */

/**
 * Past this many inputs, or this many bytes of mailboxes and feeds (a 500-item feed is about
 * 800 KB), an import is long enough to show a bar.
 */
export const progressMinInputs = 50;
export const progressMinContainerBytes = 512 * 1024;

export function wantsProgressBar(plan: ImportPlan, stderrIsTerminal: boolean): boolean {
	return stderrIsTerminal && (plan.inputs > progressMinInputs || plan.containerBytes > progressMinContainerBytes);
}

export type ImportOutcome = 'all-done' | 'some-failed';

/** An input as a person would name it: the path as typed where it is below the current folder, plus the item. */
export function describeSource(source: ImportSource, cwd = process.cwd()): string {
	const relative = path.relative(cwd, source.file);
	const file = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? source.file : relative;
	if (source.entry !== undefined) {
		return `${file}:${source.entry}`;
	}

	return source.item === undefined ? file : `${file} #${source.item}`;
}

function reportJson(report: ImportReport, context: CommandContext): string {
	const json = {
		archive: report.archiveDir,
		dryRun: report.dryRun,
		summary: {imported: report.imported.length, duplicates: report.duplicates.length, failed: report.failed.length},
		imported: report.imported,
		duplicates: report.duplicates,
		failed: report.failed.map(failure => ({...failure, reason: context.messages.importProblem(failure.problem)})),
	};
	return `${JSON.stringify(json, null, 2)}\n`;
}

function progressWriter(context: CommandContext): {onPlan: (plan: ImportPlan) => void; onProgress: (done: number, inputs: number) => void; finish: () => void} {
	let plan: ImportPlan | undefined;
	let shown = false;
	let lastPercent = -1;
	return {
		onPlan(found) {
			plan = wantsProgressBar(found, context.stderrIsTerminal) ? found : undefined;
		},
		onProgress(bytesDone, inputsDone) {
			if (plan === undefined) {
				return;
			}

			// Redrawn only when the percentage moves: at most a hundred writes, however many items.
			const fraction = bytesDone / plan.bytes;
			const percent = Math.floor(fraction * 100);
			if (percent !== lastPercent) {
				lastPercent = percent;
				shown = true;
				context.status(`\r${formatProgressBar(fraction, inputsDone, plan.inputs)}`);
			}
		},
		finish() {
			if (shown) {
				context.status(clearLine);
			}
		},
	};
}

export async function importCommand(context: CommandContext): Promise<ImportOutcome> {
	const progress = progressWriter(context);
	let report: ImportReport;
	try {
		report = await importFiles(context.args, {
			archiveDir: context.archiveDir,
			dryRun: context.flags.dryRun,
			onPlan: progress.onPlan,
			onProgress: ({bytesDone, inputsDone}) => {
				progress.onProgress(bytesDone, inputsDone);
			},
		});
	} catch (error) {
		if (error instanceof ArchiveError) {
			throw new CommandError(context.messages.cannotReadArchive(error.dir, error.code));
		}

		if (error instanceof ExportWriteError) {
			throw new CommandError(context.messages.cannotWrite(error.file, error.code));
		}

		throw error;
	} finally {
		progress.finish();
	}

	if (context.flags.json) {
		context.out(reportJson(report, context));
	} else {
		context.out(report.imported.map(issue => `${issue.file}\n`).join(''));
		for (const duplicate of report.duplicates) {
			context.warn(context.messages.importDuplicate(describeSource(duplicate.source), duplicate.reason, duplicate.of));
		}

		for (const failure of report.failed) {
			context.warn(context.messages.importFailed(describeSource(failure.source), failure.problem));
		}
	}

	const counts = {imported: report.imported.length, duplicates: report.duplicates.length, failed: report.failed.length};
	context.warn(context.messages.importSummary(counts, report.archiveDir, report.dryRun));
	return report.failed.length === 0 ? 'all-done' : 'some-failed';
}
