import path from 'node:path';
import {progressLine} from '../cli/progress-bar.js';
import {importFiles, type ImportPlan, type ImportReport, type ImportSource} from '../import/import-files.js';
import type {CommandContext} from './command-context.js';

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

export async function importCommand(context: CommandContext): Promise<ImportOutcome> {
	const progress = progressLine(context.status);
	// Set once the inputs are known, and only when the import is long enough to show a bar.
	let plan: ImportPlan | undefined;
	let report: ImportReport;
	try {
		report = await importFiles(context.args, {
			archiveDir: context.archiveDir,
			dryRun: context.flags.dryRun,
			onPlan(found) {
				plan = wantsProgressBar(found, context.stderrIsTerminal) ? found : undefined;
			},
			onProgress({bytesDone, inputsDone}) {
				if (plan !== undefined) {
					progress.draw(bytesDone / plan.bytes, inputsDone, plan.inputs);
				}
			},
		});
	} finally {
		progress.clear();
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
