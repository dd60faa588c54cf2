import {fileExtensions, formatIssue, formatIssues, type ExportOptions} from '../export/format-issue.js';
import {ExportWriteError, writeExportFiles} from '../export/write-export-files.js';
import {CommandError, type CommandContext} from './command-context.js';
import {findIssue, loadIssues} from './load-issues.js';

/** `export <issue|latest|all> [--format] [--width] [--full] [--out DIR]`. */
export function exportCommand(context: CommandContext): void {
	const target = context.args[0]!;
	const all = loadIssues(context);
	const issues = target === 'all' ? all : [findIssue(context, all, target)];
	const options: ExportOptions = {format: context.flags.format, width: context.flags.width, hyphenate: context.flags.hyphenate, full: context.flags.full};

	if (context.flags.out === undefined) {
		// One issue is one document (a JSON object); `all` is a JSON array or a run of documents.
		for (const chunk of target === 'all' ? formatIssues(issues, options) : [formatIssue(issues[0]!, options)]) {
			context.out(chunk);
		}

		return;
	}

	const extension = fileExtensions[options.format];
	try {
		const written = writeExportFiles(context.flags.out, issues.map(issue => ({
			name: `${issue.id}.${extension}`,
			content: formatIssue(issue, options),
		})));
		for (const file of written) {
			context.out(`${file}\n`);
		}

		context.warn(context.messages.wroteFiles(written.length, context.flags.out));
	} catch (error) {
		if (error instanceof ExportWriteError) {
			throw new CommandError(context.messages.cannotWrite(error.file, error.code));
		}

		throw error;
	}
}
