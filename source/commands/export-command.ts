import type {Issue} from '../archive/issue.js';
import {fileExtensions, formatIssue, formatIssueStream, type ExportOptions} from '../export/format-issue.js';
import {writeExportFiles} from '../export/write-export-files.js';
import type {CommandContext} from './command-context.js';
import {findIssue, issueReader, loadCatalog} from './load-issues.js';
import {requestedLineWrapper} from './requested-line-wrapper.js';

/** The issues to export, read one at a time so `export all` of a big archive never holds it all. */
async function* issuesToExport(context: CommandContext, target: string): AsyncGenerator<Issue> {
	if (target !== 'all') {
		yield await findIssue(context, target);
		return;
	}

	const catalog = await loadCatalog(context);
	if (catalog.entries.length === 0) {
		// Said on stderr: stdout holds only what was exported (JSON: an empty array).
		context.warn(context.messages.noIssues(context.archiveDir));
	}

	// Not kept in the cache one by one: an export of everything would only push out the issues people print.
	const read = await issueReader(context, catalog);
	for (const entry of catalog.entries) {
		const issue = read(entry);
		if (issue) {
			yield issue;
		}
	}
}

/** `export <issue|latest|all> [--format] [--width [--hyphenate]] [--full] [--out DIR]`. */
export async function exportCommand(context: CommandContext): Promise<void> {
	const target = context.args[0]!;
	const {format, width, full} = context.flags;
	const wrap = await requestedLineWrapper(context.flags);
	const options: ExportOptions = {format, width, full, ...(wrap === undefined ? {} : {wrap})};

	const issues = issuesToExport(context, target);
	if (context.flags.out === undefined) {
		if (target === 'all') {
			for await (const chunk of formatIssueStream(issues, options)) {
				context.out(chunk);
			}
		} else {
			// One issue is one document (a JSON object).
			for await (const issue of issues) {
				context.out(formatIssue(issue, options));
			}
		}

		return;
	}

	const extension = fileExtensions[options.format];
	const written = await writeExportFiles(context.flags.out, (async function* () {
		for await (const issue of issues) {
			yield {name: `${issue.id}.${extension}`, content: formatIssue(issue, options)};
		}
	})());
	for (const file of written) {
		context.out(`${file}\n`);
	}

	context.warn(context.messages.wroteFiles(written.length, context.flags.out));
}
